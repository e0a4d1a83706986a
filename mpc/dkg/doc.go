// Package dkg is the distributed key generation of tKMS and its two
// maintenance ceremonies, as pure state machines: messages in, messages
// out; no network, no clock, no chain.
//
// # Protocol (Joint-Feldman, Pedersen 1991; GJKR 1999)
//
// Dealers i and receivers j are party indices (non-zero); f is the new
// threshold; G generates the group of package group.
//
//  1. Deal. Dealer i picks a_i(z) = a_i0 + a_i1·z + … + a_if·z^f and
//     publishes a Dealing: the commitments A_ik = a_ik·G, for a DKG a
//     Schnorr proof of knowledge of a_i0 bound to (ceremony id, epoch, i),
//     and for every receiver j the sub-share a_i(j) encrypted with HPKE to
//     j's enclave key, the HPKE info binding (ceremony id, epoch, i, j).
//  2. Complain. Receiver j decrypts its sub-share s and checks
//     s·G = Σ_k j^k·A_ik; if that fails, or s does not decrypt, it
//     publishes a Complaint against i.
//  3. Justify. Dealer i answers every complaint with a Justification
//     revealing a_i(j) in clear; anyone checks it against the commitments.
//  4. Finalize. Anyone computes, from the public transcript alone, the
//     qualified set QUAL (dealers with a valid dealing that answered every
//     complaint correctly), the public key and every verification key
//     (Finalize); each receiver adds up its sub-shares (Participant).
//
// The three kinds differ in what dealers share:
//
//   - DKG: a random a_i0 (proved known); h = Σ_{i∈QUAL} A_i0,
//     x_j = Σ_{i∈QUAL} a_i(j).
//   - Refresh (Herzberg et al. 1995): zero (A_i0 must be the identity);
//     x_j ← x_j + Σ_{i∈QUAL} δ_i(j), h unchanged, new h_j = h_j + Σ δ_i(j)·G.
//     Old and new shares lie on different polynomials and do not combine.
//   - Reshare (Desmedt–Jajodia 1997): each dealer of a qualified old set Q
//     shares its old share x_i (A_i0 must be its old h_i) with a polynomial
//     of the new degree f'; x'_j = Σ_{i∈QUAL} λ_i^QUAL·a_i(j), so h is
//     unchanged while the parties and threshold change.
//
// # Trust and failure
//
// The board (the chain) is the broadcast channel and judge: it
// authenticates senders, fixes what was published by each deadline, and
// runs VerifyDealing, VerifyComplaint, VerifyJustification and Finalize,
// which are deterministic functions of their inputs and never panic on
// hostile input. Parties run the same Finalize through Participant, so all
// honest parties and the chain agree on QUAL and the key set. If fewer than
// Config.MinQual dealers qualify, Finalize returns a *QualTooSmallError and
// the ceremony must restart under a new ceremony id; transcripts are never
// reused. If the qualified dealings give a receiver a zero share (its
// verification key the identity, which a dealer dealing last can arrange
// for its own share), Finalize returns a *ZeroShareError naming that
// receiver, which is at fault, and the ceremony restarts without it. Every
// failure Finalize reports thus names who caused it.
//
// # Secrets
//
// Polynomial coefficients, sub-shares and proof nonces are secrets: they
// use constant-time arithmetic (group's ScalarBaseMult, Scalar arithmetic)
// and randomness from the io.Reader given to New. Everything published is
// public and verified with variable-time multi-scalar multiplication.
// Nothing in this package ever assembles a key set's secret.
package dkg
