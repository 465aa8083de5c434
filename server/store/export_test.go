package store

// EachValue lets the tests' row builders hand over a spec's values as store reads them.
var EachValue = eachValue
