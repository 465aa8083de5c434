# Werkportaal. The two commands a newcomer needs:
#   make run    build the SPA and the server, start on SQLite with the demo dataset
#   make test   every test: Go on Postgres and on SQLite, SPA unit tests, browser tests
# Nothing is installed by hand: these targets install what they need.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

BIN            := bin/werkportaal
PG_SERVER_URL  ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable
TEST_DATABASE_URL ?= $(PG_SERVER_URL)
E2E_PORT       ?= 18080
E2E_LOG        ?= .test-output/e2e-server.log
GO_TEST_FLAGS  ?= -count=1 -timeout 15m
# golangci-lint is pinned in its own module, so its dependencies stay out of go.mod; `go tool`
# builds it from that go.mod (and caches the build) on first use.
GOLANGCI_LINT  := go tool -modfile=tools/golangci-lint/go.mod golangci-lint

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

# ---------------------------------------------------------------- setup

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

.PHONY: deps
deps: node_modules/.package-lock.json ## install Go modules and npm packages (from the lockfiles)
	go mod download
	go mod download -modfile=tools/golangci-lint/go.mod

.PHONY: ensure-postgres
ensure-postgres: ## start the local PostgreSQL if it is not running
	@if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then \
		echo "starting PostgreSQL"; \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start; \
		for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; \
	fi
	@pg_isready -h 127.0.0.1 -p 5432

.PHONY: ensure-chromium
# Two Debian packages: chromium-headless-shell runs the browser tests (what Playwright itself uses
# for headless runs, without the full browser's UI process: in make test the browsers' CPU fell from
# 421 to 280 s), and chromium runs Lighthouse in `make bench`.
ensure-chromium: ## install Debian's Chromium and its headless shell for the browser tests if missing
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromium-headless-shell ]; then \
		echo "installing chromium and chromium-headless-shell (Debian)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-headless-shell >/dev/null; \
	fi
	@test -x /usr/bin/chromium && test -x /usr/bin/chromium-headless-shell && echo "chromium: /usr/bin/chromium, /usr/bin/chromium-headless-shell"

# ---------------------------------------------------------------- generate

.PHONY: generate
generate: ensure-postgres ## regenerate ent, GraphQL (entgql + gqlgen) code and migrations
	cd ent && go generate .
	go run ./graph/gqlgen
	go run ./server/store/migrategen -postgres '$(PG_SERVER_URL)'
	npm run codegen

.PHONY: check-generated
check-generated: generate ## fail when generated code or migrations are stale
	@if [ -n "$$(git status --porcelain -- ent graph server/store/migrations gqlgen.yml frontend/src/gql)" ]; then \
		echo "Generated code is stale; run 'make generate' and commit:"; \
		git status --porcelain -- ent graph server/store/migrations gqlgen.yml frontend/src/gql; \
		git --no-pager diff --stat -- ent graph server/store/migrations frontend/src/gql; \
		exit 1; \
	fi
	@echo "generated code is up to date"

# ---------------------------------------------------------------- build

.PHONY: web
web: node_modules/.package-lock.json ## build the SPA into frontend/dist
	npm run build

.PHONY: build
build: web ## build the SPA and the server binary (bin/werkportaal)
	go build -o $(BIN) ./server

.PHONY: run
run: build ## build and start on SQLite with the demo dataset (APP_ENV=dev)
	APP_ENV=dev SEED_DEMO=true ./$(BIN) serve

# ---------------------------------------------------------------- checks and tests

.PHONY: lint lint-go lint-web
lint: lint-go lint-web ## gofmt, tidy go.mod, golangci-lint (with go vet's analyzers), tsc and ESLint (.golangci.yml, eslint.config.js)

lint-go: ## the Go half of lint: gofmt, tidy go.mod, golangci-lint with go vet's analyzers (.golangci.yml)
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^ent/' | grep -v '/generated/') 2>/dev/null); \
	if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	go mod tidy -diff
	cd tools/golangci-lint && go mod tidy -diff
	$(GOLANGCI_LINT) run $$(go list ./... | awk '$(GENERATED_PACKAGES) {next} {sub(/^github.com\/werkportaal\/werkportaal/, "."); print}')

# The packages ent and gqlgen generate whole, which golangci-lint is not given to analyse
# (it takes directories: given an import path it reports a type-checking error and 0 issues):
# their findings were never reported (.golangci.yml skips generated files), yet analysing
# them was a third of its CPU (91 → 64 s on an empty cache). They are still type-checked
# as the imports of the rest. ent/schema, ent/schema/rule and ent/schemadoc are written by
# hand and linted.
GENERATED_PACKAGES := /^github.com\/werkportaal\/werkportaal\/(ent|ent\/[^\/]+|graph\/generated)$$/ && !/\/ent\/(schema|schemadoc)$$/

lint-web: node_modules/.package-lock.json ## the SPA half of lint: the TypeScript type check and ESLint (eslint.config.js)
	npm run typecheck
	npm run lint

.PHONY: test-go-postgres
test-go-postgres: ensure-postgres ## Go tests against PostgreSQL
	TEST_DATABASE_URL='$(TEST_DATABASE_URL)' go test $(GO_TEST_FLAGS) ./...

.PHONY: test-go-sqlite
test-go-sqlite: ## Go tests against SQLite
	env -u TEST_DATABASE_URL -u DATABASE_URL go test $(GO_TEST_FLAGS) ./...

.PHONY: test-go-future
test-go-future: ensure-postgres ## Go tests on both databases with the test binaries' wall clock a year ahead (no test may depend on today's date)
	TEST_DATABASE_URL='$(TEST_DATABASE_URL)' scripts/go-test-shifted-clock.sh 365 $(GO_TEST_FLAGS) ./...
	env -u TEST_DATABASE_URL -u DATABASE_URL scripts/go-test-shifted-clock.sh 365 $(GO_TEST_FLAGS) ./...

.PHONY: test-web
test-web: node_modules/.package-lock.json ## SPA unit and component tests (vitest)
	npm run test:unit

.PHONY: e2e-server
e2e-server: ## start the built binary on a fresh SQLite demo database (for Playwright; log in .test-output/)
	@test -x ./$(BIN) || { echo "e2e-server: $(BIN) is missing; run 'make build' first" >&2; exit 1; }
	@mkdir -p .test-output; dir=$$(mktemp -d); \
	echo "e2e server on 127.0.0.1:$(E2E_PORT), database in $$dir, log in $(E2E_LOG)" >&2; \
	APP_ENV=dev SEED_DEMO=true SQLITE_PATH=$$dir/e2e.db LISTEN_ADDR=127.0.0.1:$(E2E_PORT) RATE_LIMITS=off \
		exec ./$(BIN) serve >$(E2E_LOG) 2>&1

.PHONY: test-e2e
test-e2e: build ensure-chromium ## browser tests (Playwright + Debian Chromium) against the built binary
	npm run test:e2e

.PHONY: test
test: deps ensure-postgres ensure-chromium ## every test, independent layers side by side; logs in .test-output/, a summary at the end
	@TEST_DATABASE_URL='$(TEST_DATABASE_URL)' GO_TEST_FLAGS='$(GO_TEST_FLAGS)' scripts/test.sh

# ---------------------------------------------------------------- benchmarks

.PHONY: bench
bench: ensure-postgres ensure-chromium web ## Go benchmarks, then the load run on Postgres (100000 persons) with figures and ratios, side by side with PostGraphile, and Lighthouse
	npm ci --prefix bench/peer --no-audit --no-fund
	go test -run '^$$' -bench . -benchmem ./server/...
	BENCH_SERVER_URL='$(PG_SERVER_URL)' go run ./bench

.PHONY: clean
clean: ## remove build output and the local SQLite database
	rm -rf bin frontend/dist/assets frontend/dist/index.html werkportaal.db werkportaal.db-*
