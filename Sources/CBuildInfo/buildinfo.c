#include "CBuildInfo.h"

// Swift has no valued compile-time defines, C has: the commit comes in as a C macro so that a
// plain `swift build` (no .git, no flags) still builds. See scripts/install.
#ifndef SALESCTL_COMMIT
#define SALESCTL_COMMIT ""
#endif

const char *salesctl_build_commit(void) { return SALESCTL_COMMIT; }
