# Teczka — build, run and test. `make run` and `make test` are all a new user needs.
SWIFT ?= swift
DEBIAN_PACKAGES := libncurses-dev libsqlite3-dev libxlsxwriter-dev tmux
# Only for the .deb (and its test in `make test`): building it, lintian, rendering the page, bash's completion.
DEB_PACKAGES := dpkg-dev lintian man-db groff-base bash-completion
# Only for `make test`: the printouts are printed to PDF by headless Chromium and read back with poppler (issue 17).
TEST_PACKAGES := chromium poppler-utils fonts-dejavu-core
BIN := .build/debug/teczka
# The installed program: a release build with the Swift standard library linked in, in its own scratch folder so that
# it does not rebuild `make release`'s.
STATIC_SCRATCH := .build-deb
STATIC_BIN := $(STATIC_SCRATCH)/release/teczka
VERSION := $(shell sed -n 's/.*static let number = "\(.*\)"/\1/p' Sources/teczka/ProgramVersion.swift)
DEB := teczka_$(VERSION)_$(shell dpkg --print-architecture).deb
PREFIX ?= /usr/local

.PHONY: run test e2e build release static deb bench deps deb-deps test-deps install clean

run: deps build
	$(BIN)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Every test: unit, store, screen and end-to-end (the real binary in tmux), and the .deb unpacked and run.
test: deps test-deps deb
	$(SWIFT) build --build-tests
	TECZKA_BIN=$(CURDIR)/$(BIN) TECZKA_DEB=$(CURDIR)/$(DEB) $(SWIFT) test --skip-build

# Only the end-to-end tests.
e2e: deps
	$(SWIFT) build --build-tests
	TECZKA_BIN=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build --filter EndToEndTests

# Speed: release build, a demo store of 1,000 families, time to open it.
bench: deps release
	./scripts/bench.sh

# The release build that needs no Swift toolchain to run: no $$ORIGIN run path (nothing is looked up beside it) and
# relocations bound at start (Debian's hardening, "bindnow").
static: deps
	$(SWIFT) build -c release --static-swift-stdlib --disable-local-rpath -Xlinker -z -Xlinker now \
	  --scratch-path $(STATIC_SCRATCH) --product teczka

# teczka_<version>_<arch>.deb: the program, teczka(1), bash/zsh/fish completions, copyright, changelog.
deb: deb-deps static
	scripts/build-deb.sh $(STATIC_BIN) $(VERSION) $(DEB)

# Installs the Debian packages the build and the tests need (as root), or says how.
deps:
	@$(call install-missing,$(DEBIAN_PACKAGES))

deb-deps:
	@$(call install-missing,$(DEB_PACKAGES))

test-deps:
	@$(call install-missing,$(TEST_PACKAGES))

define install-missing
	missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Missing Debian packages:$$missing"; \
	    echo "Install them with: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
endef

# The files of the .deb without a package: make install PREFIX=/usr/local DESTDIR=/tmp/stage
install: static
	scripts/install-tree.sh $(STATIC_BIN) "$(DESTDIR)$(PREFIX)"

clean:
	$(SWIFT) package clean
