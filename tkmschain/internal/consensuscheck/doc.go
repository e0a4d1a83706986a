// Package consensuscheck holds source checks of the consensus packages
// (tkmschain/app and tkmschain/x/...): its test type-checks their Go files
// and fails on constructs whose result can differ between validators.
//
// A range over a map visits its entries in an order the Go runtime
// randomises on every loop, so any state, event, error string or result
// built inside such a loop can differ between two validators executing the
// same block (x/gov, for one, stores a failed proposal's error string).
// The check therefore refuses, in every non-generated, non-test file of
// those packages:
//
//   - a range statement over a map-typed expression;
//   - a range over maps.Keys, maps.Values or maps.All (the same order).
//
// An exception is allowed only where the loop's order cannot matter and is
// documented as such: the line before the loop carries a comment
//
//	//consensus:map-order-independent <why>
//
// with a non-empty reason, and the enclosing function sorts (calls a
// function of package sort or slices whose name starts with Sort). The
// usual such loop collects a map's keys and sorts them.
package consensuscheck
