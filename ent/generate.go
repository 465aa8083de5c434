// Package ent is the data model. ent/schema is written by hand; the rest is generated
// by `make generate` (go generate ./ent).
package ent

//go:generate go run -mod=mod entc.go
