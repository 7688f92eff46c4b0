# make install PREFIX=/usr/local   build the release binary; install it, the man pages and the
#                                  bash, zsh and fish completions under PREFIX (DESTDIR works too)
# make uninstall PREFIX=/usr/local remove them
# make build                       the release binary only (.build/release/salesctl)
# make test                        the test suite
# scripts/install does the work; see its header for the paths.
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all build install uninstall test docs

all: build

build:
	scripts/install --build-only

install:
	DESTDIR="$(DESTDIR)" scripts/install --prefix "$(PREFIX)"

uninstall:
	DESTDIR="$(DESTDIR)" scripts/install --uninstall --prefix "$(PREFIX)"

test:
	swift test

docs:
	scripts/generate-docs
