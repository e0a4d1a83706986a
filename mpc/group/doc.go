// Package group is the prime-order group every tKMS protocol runs in: the
// subgroup G1 of BLS12-381 (order r, a 255-bit prime), with its scalar field
// Z_r, canonical encodings that match the EIP-2537 precompiles bit for bit,
// domain-separated hashing, and the second generator H.
//
// # Encodings
//
//   - Scalar: 32 bytes, big-endian, strictly below r. Decoders reject
//     anything else.
//   - Point: 128 bytes, the EIP-2537 layout: x and y each as 64 bytes
//     big-endian (16 zero bytes, then the 48-byte field element), every
//     coordinate strictly below p. The identity is 128 zero bytes. Decoders
//     reject points off the curve or outside the order-r subgroup, and the
//     identity unless the caller asks for it to be accepted.
//   - Compressed point: 48 bytes in the ZCash/IETF format (flags in the three
//     top bits), for display and logs; never hashed.
//
// # Hashing
//
// Every hash in tKMS is SHA-256 through expand_message_xmd of RFC 9380, with a
// distinct ASCII domain tag per use (see the Tag constants). A hash to a
// scalar is RFC 9380 hash_to_field for Z_r (48 bytes of output reduced
// modulo r, so the bias is below 2^-128). Its input is the concatenation of
// the parts, each preceded by its length as a 4-byte big-endian integer, so
// that no two different lists of parts hash alike.
//
// H is hash_to_curve(BLS12381G1_XMD:SHA-256_SSWU_RO_) of a fixed message, so
// nobody knows its discrete logarithm to G.
//
// # Nil arguments
//
// No exported function or method panics on nil arguments: a nil *Point is
// read as the identity, a nil *Scalar as zero, a nil *PrecomputedPoint as
// the identity's table, and a nil io.Reader fails with ErrRandomness
// (receivers must not be nil). The zero MultTable and PrecomputedPoint are
// the identity's. A test calls every exported function with nil, zero and
// empty arguments (mpc/internal/apitest).
//
// # Side channels
//
// Everything that may touch a secret runs in constant time: no branch and
// no memory index depends on the values. That covers every Scalar method
// except those named VarTime (arithmetic, encoding and decoding,
// SetUniformBytes and HashToScalar's wide reduction, all on this package's
// own masked Z_r arithmetic, never math/big), ScalarMult, MultTable,
// ScalarBaseMult and ScalarSecondBaseMult (fixed windows, complete or
// unified formulas, masked look-ups, on this package's masked Fp
// arithmetic), Point.Add, Subtract, Negate and the point encodings. What
// remains variable is independent of the secrets: the multiplied point and
// all lengths are public, and the one field inversion that returns a
// result to affine form is blinded by a fresh random factor. The zero
// scalar, which no secret here takes, gives the identity, which shows.
// ADR 0010 says how this was checked (unit tests against gnark-crypto and
// math/big, and a statistical timing check: make ct-check).
//
// Methods whose names end in VarTime are faster but leak their inputs
// through timing; use them only on public data (verification, sums of
// commitments and keys, Lagrange coefficients).
package group
