// The salesctl executable: everything lives in SalesctlCLI (the command tree) and SalesKit (the
// logic); the command tree is a library so the fuzz targets in Fuzz/ can parse arguments too.
import SalesctlCLI

await Salesctl.runCommandLine()
