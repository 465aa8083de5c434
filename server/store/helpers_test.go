package store_test

import (
	"context"

	"github.com/werkportaal/werkportaal/server/viewer"
)

func systemCtx() context.Context { return viewer.System(context.Background()) }
