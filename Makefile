# Salesfloor. `make play` runs the game, `make test` runs every test; both
# install what they need first (see .ci/deps.sh).

GO       ?= go
# A count, not a duration: with a duration Go 1.26's fuzz coordinator can
# report "context deadline exceeded" as a failure when -fuzztime runs out
# while a worker is mid-call (golang/go#75804, fixed in Go 1.27); it did so
# here once, under load, with no crasher. 200000 runs is about 10 s a target.
FUZZTIME ?= 200000x
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
FUZZ_TARGETS := FuzzParseScenario FuzzParseReplay FuzzUnmarshalSave

.PHONY: play test deps test-deps fmt-check vet staticcheck unit cross wasm-test arm64-test fuzz bench simulate web serve

WEB := bin/web

play: deps
	$(GO) run ./cmd/salesfloor

deps:
	@bash .ci/deps.sh

# The tests also need Debian's Chromium for the browser test.
test-deps:
	@bash .ci/deps.sh chromium

test: test-deps fmt-check vet staticcheck unit cross fuzz
	@echo "make test: all passed"

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) tool staticcheck ./...

# Every package's tests. The game's import Ebiten, which needs a display:
# they run under a virtual X server with Mesa's software GL, and include the
# real-window test of the desktop binary and the headless-Chromium test of
# the browser build. One package at a time (-p 1): the lab's expert check
# keeps both cores busy for a minute, and beside it the browser test's
# software-rendered game starved past its two-minute wait.
unit:
	SALESFLOOR_WINDOW_TEST=1 SALESFLOOR_BROWSER_TEST=1 xvfb-run -a -s "-screen 0 1280x800x24" $(GO) test -count=1 -p 1 ./...

# The determinism contract: the sim's tests, goldens included, on js/wasm
# (under Node) and arm64 (under qemu), against the same testdata as amd64.
cross: wasm-test arm64-test

wasm-test:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec "$(WASM_EXEC)" ./sim

arm64-test:
	GOARCH=arm64 CGO_ENABLED=0 $(GO) test -count=1 -exec qemu-aarch64-static ./sim

# A short run of each fuzz target; the seed corpus also runs in `unit`.
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		echo "fuzz $$t ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./sim || exit 1; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./sim/...

simulate:
	$(GO) run ./cmd/simulate -scenario all -policy all -seeds 200

# The browser build: a self-contained folder any static host can serve.
web:
	@mkdir -p $(WEB)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $(WEB)/salesfloor.wasm ./cmd/salesfloor
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" $(WEB)/
	cp assets/web/index.html $(WEB)/
	gzip -9 -k -f $(WEB)/salesfloor.wasm
	@ls -l $(WEB)

serve: web
	$(GO) run ./cmd/webserve -dir $(WEB)
