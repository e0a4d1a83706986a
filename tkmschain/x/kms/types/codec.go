package types

import (
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/legacy"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
)

// RegisterLegacyAminoCodec registers the messages for amino JSON signing.
func RegisterLegacyAminoCodec(cdc *codec.LegacyAmino) {
	legacy.RegisterAminoMsg(cdc, &MsgUpdateParams{}, "tkms/x/kms/MsgUpdateParams")
	legacy.RegisterAminoMsg(cdc, &MsgRegisterHostChain{}, "tkms/x/kms/MsgRegisterHostChain")
	legacy.RegisterAminoMsg(cdc, &MsgUpdateHostChain{}, "tkms/x/kms/MsgUpdateHostChain")
	legacy.RegisterAminoMsg(cdc, &MsgRegisterParty{}, "tkms/x/kms/MsgRegisterParty")
	legacy.RegisterAminoMsg(cdc, &MsgDeregisterParty{}, "tkms/x/kms/MsgDeregisterParty")
	legacy.RegisterAminoMsg(cdc, &MsgStartCeremony{}, "tkms/x/kms/MsgStartCeremony")
	legacy.RegisterAminoMsg(cdc, &MsgSubmitDealing{}, "tkms/x/kms/MsgSubmitDealing")
	legacy.RegisterAminoMsg(cdc, &MsgSubmitComplaint{}, "tkms/x/kms/MsgSubmitComplaint")
	legacy.RegisterAminoMsg(cdc, &MsgSubmitJustification{}, "tkms/x/kms/MsgSubmitJustification")
	legacy.RegisterAminoMsg(cdc, &MsgRegisterApp{}, "tkms/x/kms/MsgRegisterApp")
	legacy.RegisterAminoMsg(cdc, &MsgRequestPublicDecryption{}, "tkms/x/kms/MsgRequestPublicDecryption")
	legacy.RegisterAminoMsg(cdc, &MsgRequestUserDecryption{}, "tkms/x/kms/MsgRequestUserDecryption")
	legacy.RegisterAminoMsg(cdc, &MsgRequestAppDecryption{}, "tkms/x/kms/MsgRequestAppDecryption")
	legacy.RegisterAminoMsg(cdc, &MsgSubmitShares{}, "tkms/x/kms/MsgSubmitShares")
	legacy.RegisterAminoMsg(cdc, &MsgSubmitResultSignature{}, "tkms/x/kms/MsgSubmitResultSignature")
	legacy.RegisterAminoMsg(cdc, &MsgAttestHostHeaders{}, "tkms/x/kms/MsgAttestHostHeaders")
	cdc.RegisterConcrete(&Params{}, "tkms/x/kms/Params", nil)
}

// RegisterInterfaces registers the messages as sdk.Msg implementations.
func RegisterInterfaces(registry codectypes.InterfaceRegistry) {
	registry.RegisterImplementations((*sdk.Msg)(nil),
		&MsgUpdateParams{},
		&MsgRegisterHostChain{},
		&MsgUpdateHostChain{},
		&MsgRegisterParty{},
		&MsgDeregisterParty{},
		&MsgStartCeremony{},
		&MsgSubmitDealing{},
		&MsgSubmitComplaint{},
		&MsgSubmitJustification{},
		&MsgRegisterApp{},
		&MsgRequestPublicDecryption{},
		&MsgRequestUserDecryption{},
		&MsgRequestAppDecryption{},
		&MsgSubmitShares{},
		&MsgSubmitResultSignature{},
		&MsgAttestHostHeaders{},
	)
	msgservice.RegisterMsgServiceDesc(registry, &_Msg_serviceDesc)
}
