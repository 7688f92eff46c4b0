#ifndef SALESCTL_CBUILDINFO_H
#define SALESCTL_CBUILDINFO_H

/// The git commit salesctl was built from, as given at build time with
/// `-Xcc -DSALESCTL_COMMIT="..."` (scripts/install and the Makefile do this); "" when the build
/// was not told (a plain `swift build`, a tarball without .git).
const char *salesctl_build_commit(void);

#endif
