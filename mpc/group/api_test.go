package group_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/mpctest"
)

// Every exported function and method of the package returns (or answers)
// without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	g := group.NewGeneratorPoint()
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"CachedPrecomputedPoint":     group.CachedPrecomputedPoint,
			"ExpandMessage":              group.ExpandMessage,
			"HashToScalar":               group.HashToScalar,
			"HashToScalars":              group.HashToScalars,
			"LagrangeCoefficients":       group.LagrangeCoefficients,
			"LagrangeCoefficientsAt":     group.LagrangeCoefficientsAt,
			"LengthPrefixed":             group.LengthPrefixed,
			"MultiScalarMultVarTime":     group.MultiScalarMultVarTime,
			"NewGeneratorPoint":          group.NewGeneratorPoint,
			"NewIdentityPoint":           group.NewIdentityPoint,
			"NewMultTable":               group.NewMultTable,
			"NewPrecomputedPoint":        group.NewPrecomputedPoint,
			"NewScalar":                  group.NewScalar,
			"NewSecondGeneratorPoint":    group.NewSecondGeneratorPoint,
			"Order":                      group.Order,
			"PrecomputedGenerator":       group.PrecomputedGenerator,
			"PrecomputedSecondGenerator": group.PrecomputedSecondGenerator,
			"RandomNonZeroScalar":        group.RandomNonZeroScalar,
			"RandomScalar":               group.RandomScalar,
			"ScalarFromUint64":           group.ScalarFromUint64,
			"Uint32Bytes":                group.Uint32Bytes,
			"Uint64Bytes":                group.Uint64Bytes,
		},
		Types: map[string]any{
			"MultTable":        new(group.MultTable),
			"Point":            new(group.Point),
			"PrecomputedPoint": new(group.PrecomputedPoint),
			"Scalar":           new(group.Scalar),
		},
		Fixtures: []any{
			g, group.ScalarFromUint64(3), group.NewPrecomputedPoint(g), group.NewMultTable(g),
			[]*group.Point{g, g}, []*group.Scalar{group.ScalarFromUint64(1), group.ScalarFromUint64(2)},
			[]uint32{1, 2, 3}, mpctest.Reader("api"), g.Bytes(), "TKMS-v1/test", 32,
		},
	})
}
