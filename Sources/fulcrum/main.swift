import FulcrumCore
import FulcrumUI

print("fulcrum")
