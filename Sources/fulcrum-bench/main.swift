import FulcrumCore

print("fulcrum-bench")
