package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"

	gogogrpc "github.com/cosmos/gogoproto/grpc"

	"github.com/tkms/tkms/enclave/nsm"
	"github.com/tkms/tkms/party/identity"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// RegisterKey is the idempotency key of the registration transaction.
const RegisterKey = "register-party"

// Errors.
var (
	// ErrOtherIdentity: the account is registered with keys that are not
	// this identity's.
	ErrOtherIdentity = errors.New("chain: the account is registered with another identity")
	// ErrRegistration: the registration transaction failed on chain.
	ErrRegistration = errors.New("chain: registration failed")
)

// Registration is what Register found or did.
type Registration struct {
	Party types.Party
	// Sent: Register sent (or resumed) the registration transaction;
	// false when the party was registered already.
	Sent bool
}

// Register registers the identity with MsgRegisterParty, operator = the
// sender's account, unless the chain already has the party: a party that
// is registered (in any status but DEREGISTERED) with this identity's
// signing address is left alone, and one registered with another is
// ErrOtherIdentity. The attestation document is fresh from a (the chain
// bounds its age). The transaction goes through s under RegisterKey, so a
// restart mid-registration resumes it.
func Register(ctx context.Context, s *Sender, q gogogrpc.ClientConn, id *identity.Identity, a nsm.Attester) (*Registration, error) {
	if !s.Address().Equals(id.Account()) {
		return nil, fmt.Errorf("chain: sender %s is not the identity's account %s", s.Address(), id.Account())
	}
	kms := types.NewQueryClient(q)
	operator := id.Account().String()
	party, found, err := queryParty(ctx, kms, operator)
	if err != nil {
		return nil, err
	}
	if found && party.Status != types.PARTY_STATUS_DEREGISTERED {
		if !strings.EqualFold(party.SigningAddress, id.SigningAddress().Hex()) {
			return nil, fmt.Errorf("%w: %s has signing address %s, this identity %s", ErrOtherIdentity, operator, party.SigningAddress, id.SigningAddress().Hex())
		}
		return &Registration{Party: party}, nil
	}
	if _, done, err := s.Lookup(RegisterKey); err != nil {
		return nil, err
	} else if done && found {
		// Registered once and deregistered since: not this foundation's
		// business to come back on its own.
		return nil, fmt.Errorf("%w: %s was deregistered", ErrRegistration, operator)
	}
	doc, err := id.Attest(a)
	if err != nil {
		return nil, err
	}
	binding := id.Binding()
	res, err := s.Send(ctx, RegisterKey, &types.MsgRegisterParty{
		Operator: operator, SigningAddress: id.SigningAddress().Hex(),
		EncryptionKey: binding.EncryptionKey, AttestationDocument: doc,
	})
	if err != nil {
		return nil, err
	}
	if res.Code != 0 {
		return nil, fmt.Errorf("%w: code %d (%s): %s", ErrRegistration, res.Code, res.Space, res.Log)
	}
	party, found, err = queryParty(ctx, kms, operator)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("%w: included at height %d but not found", ErrRegistration, res.Height)
	}
	return &Registration{Party: party, Sent: true}, nil
}

func queryParty(ctx context.Context, kms types.QueryClient, operator string) (types.Party, bool, error) {
	res, err := kms.Party(ctx, &types.QueryPartyRequest{Operator: operator})
	if err != nil {
		if notFound(err) {
			return types.Party{}, false, nil
		}
		return types.Party{}, false, fmt.Errorf("chain: querying party %s: %w", operator, err)
	}
	return res.Party, true, nil
}
