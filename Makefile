# Teczka — build, run and test. `make run` and `make test` are all a new user needs.
SWIFT ?= swift
DEBIAN_PACKAGES := libncurses-dev libsqlite3-dev tmux
BIN := .build/debug/teczka

.PHONY: run test e2e build release bench deps install clean

run: deps build
	$(BIN)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Every test: unit, store, screen and end-to-end (the real binary in tmux).
test: deps
	$(SWIFT) build --build-tests
	TECZKA_BIN=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build

# Only the end-to-end tests.
e2e: deps
	$(SWIFT) build --build-tests
	TECZKA_BIN=$(CURDIR)/$(BIN) $(SWIFT) test --skip-build --filter EndToEndTests

# Speed: release build, a demo store of 1,000 families, time to open it.
bench: deps release
	./scripts/bench.sh

# Installs the Debian packages the build and the tests need (as root), or says how.
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
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

install: release
	install -m 0755 .build/release/teczka /usr/local/bin/teczka

clean:
	$(SWIFT) package clean
