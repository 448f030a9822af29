import FulcrumCore

runSMOTEWorkload(arguments: Array(CommandLine.arguments.dropFirst()))
