//go:build race

package strength

// raceEnabled: the race detector slows Check down about tenfold, so TestFast does not
// time it.
const raceEnabled = true
