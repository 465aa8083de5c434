package directory

import (
	"time"
	_ "time/tzdata" // the binary must know Europe/Amsterdam on any machine
)

// Amsterdam is the zone in which "today" is decided: an employment that ends on the
// 30th is in service until midnight in the Netherlands, not in UTC.
var Amsterdam = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		panic(err)
	}
	return loc
}()
