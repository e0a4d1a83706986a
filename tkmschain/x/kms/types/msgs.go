package types

import (
	"fmt"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Stateless checks of the governance messages. x/gov runs ValidateBasic on
// each message of a proposal when it is submitted (and baseapp on each
// message of a transaction), so a malformed proposal is refused at once
// instead of failing after its vote. They call the same validation the
// message server runs on execution (Params.Validate, HostChain.Validate):
// one rule, in one place.
var (
	_ sdk.HasValidateBasic = (*MsgUpdateParams)(nil)
	_ sdk.HasValidateBasic = (*MsgRegisterHostChain)(nil)
	_ sdk.HasValidateBasic = (*MsgUpdateHostChain)(nil)
)

func validateAuthority(authority string) error {
	if _, err := sdk.AccAddressFromBech32(authority); err != nil {
		return fmt.Errorf("%w: authority %q: %v", ErrUnauthorized, authority, err)
	}
	return nil
}

// ValidateBasic checks the authority's form and the params.
func (m *MsgUpdateParams) ValidateBasic() error {
	if err := validateAuthority(m.Authority); err != nil {
		return err
	}
	return m.Params.Validate()
}

// ValidateBasic checks the authority's form and the host chain record.
func (m *MsgRegisterHostChain) ValidateBasic() error {
	if err := validateAuthority(m.Authority); err != nil {
		return err
	}
	return m.HostChain.Validate()
}

// ValidateBasic checks the authority's form and the host chain record.
func (m *MsgUpdateHostChain) ValidateBasic() error {
	if err := validateAuthority(m.Authority); err != nil {
		return err
	}
	return m.HostChain.Validate()
}
