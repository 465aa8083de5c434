package app

// SPAPolicy is spaPolicy for the tests of package app_test.
var SPAPolicy = spaPolicy
