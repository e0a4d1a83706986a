// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IDecryptionOracleRequest is an auto generated low-level Go binding around an user-defined struct.
type IDecryptionOracleRequest struct {
	Requester        common.Address
	CallbackSelector [4]byte
	CallbackGasLimit uint32
	HandleCount      uint16
	Status           uint8
	Expiry           uint64
	SignerEpoch      uint64
	Fee              *big.Int
	HandlesHash      [32]byte
}

// IDecryptionOracleResult is an auto generated low-level Go binding around an user-defined struct.
type IDecryptionOracleResult struct {
	RequestId  *big.Int
	Handles    [][32]byte
	Cleartexts []byte
	Payee      common.Address
}

// TKMSTKMSConfig is an auto generated low-level Go binding around an user-defined struct.
type TKMSTKMSConfig struct {
	Acl              common.Address
	InputVerifier    common.Address
	DecryptionOracle common.Address
}

// ACLMetaData contains all meta data concerning the ACL contract.
var ACLMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"inputVerifier_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"GRANT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"READ\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"STORAGE_SLOT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allow\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowForInput\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowGrant\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowPublicDecryption\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"canGrant\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"delegateUserDecryption\",\"inputs\":[{\"name\":\"delegate\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegationExpiry\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"delegate\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inputVerifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isAllowed\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isDelegated\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"delegate\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPubliclyDecryptable\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"keyEpochOf\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"revokeUserDecryptionDelegation\",\"inputs\":[{\"name\":\"delegate\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Allowed\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GrantAllowed\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"grantor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PublicDecryptionAllowed\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"grantor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserDecryptionDelegated\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"delegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserDecryptionDelegationRevoked\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"delegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ACLDelegationNotActive\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"delegate\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ACLInvalidExpiry\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTimestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"ACLNotInputVerifier\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ACLSelfDelegation\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ACLSenderCannotGrant\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ACLZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ACLZeroInputVerifier\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ACLZeroKeyEpoch\",\"inputs\":[]}]",
	ID:  "ACL",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610e9f380380610e9f833981016040819052602b916061565b6001600160a01b03811660515760405163717727b760e01b815260040160405180910390fd5b6001600160a01b0316608052608c565b5f602082840312156070575f5ffd5b81516001600160a01b03811681146085575f5ffd5b9392505050565b608051610df46100ab5f395f81816103a001526103ff0152610df45ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806382027b6d11610093578063acf2e11b11610063578063acf2e11b146102fd578063af594a8814610375578063b9496b6214610388578063d16d9e561461039b575f5ffd5b806382027b6d14610283578063950c4af71461029657806398c38455146102a95780639ef211f8146102ea575f5ffd5b8063525c8cfd116100ce578063525c8cfd146101f457806366599dc31461020757806369c39d901461020f57806369eb7f4714610222575f5ffd5b806314f2101f146100ff57806329904150146101905780632ad1c16b146101a5578063517d217e146101bf575b5f5ffd5b61017b61010d366004610c7d565b73ffffffffffffffffffffffffffffffffffffffff9283165f9081527ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e0260209081526040808320948616835293815283822092909416815292529020544267ffffffffffffffff9091161190565b60405190151581526020015b60405180910390f35b6101a361019e366004610cd4565b6103e7565b005b6101ad600281565b60405160ff9091168152602001610187565b6101e67ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e0081565b604051908152602001610187565b61017b610202366004610d1e565b610564565b6101ad600181565b6101a361021d366004610d48565b6105c3565b61026a610230366004610d48565b5f9081527ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e03602052604090205467ffffffffffffffff1690565b60405167ffffffffffffffff9091168152602001610187565b61017b610291366004610d1e565b61066e565b6101a36102a4366004610d5f565b610697565b61017b6102b7366004610d48565b5f9081527ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e01602052604090205460ff1690565b6101a36102f8366004610d1e565b61087a565b61026a61030b366004610c7d565b73ffffffffffffffffffffffffffffffffffffffff9283165f9081527ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e02602090815260408083209486168352938152838220929094168152925290205467ffffffffffffffff1690565b6101a3610383366004610d96565b6108b7565b6101a3610396366004610d1e565b610a34565b6103c27f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610187565b3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461045d576040517f6d09009e0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b8067ffffffffffffffff165f036104a0576040517ff09f0e4100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481527ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e0360205260408120547ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e009167ffffffffffffffff9091169003610543575f858152600382016020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff84161790555b6105508186866001610a68565b61055d8186856003610a68565b5050505050565b5f60027ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e005b5f8581526020918252604080822073ffffffffffffffffffffffffffffffffffffffff8716835290925220541660ff161515905092915050565b7ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e006105ee8183610bfa565b5f82815260018201602052604090205460ff1661066a575f8281526001828101602052604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690921790915551339184917fd56a17f2447a8b1b9cdb102a5f7adeab62f2047970dc018bf62004d3dcc79a8e9190a35b5050565b5f60017ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00610589565b73ffffffffffffffffffffffffffffffffffffffff831615806106ce575073ffffffffffffffffffffffffffffffffffffffff8216155b15610705576040517f6d2a803c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b3373ffffffffffffffffffffffffffffffffffffffff841603610756576040517f1072149e000000000000000000000000000000000000000000000000000000008152336004820152602401610454565b428167ffffffffffffffff16116107ad576040517f33465f6c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808316600483015242166024820152604401610454565b335f8181527ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e026020908152604080832073ffffffffffffffffffffffffffffffffffffffff8881168086529184528285209088168086529084529382902080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8816908117909155825190815291519394909390927f8555d0041227138119b17985320a8c08cad567b8124c806c7c869c3502b79d7f928290030190a4505050565b7ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e006108a58184610bfa565b6108b28184846003610a68565b505050565b335f9081527ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e026020908152604080832073ffffffffffffffffffffffffffffffffffffffff868116855290835281842090851684529091529020547ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00904267ffffffffffffffff9091161161099e576040517f703829e600000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff808516602483015283166044820152606401610454565b335f818152600283016020908152604080832073ffffffffffffffffffffffffffffffffffffffff888116808652918452828520908816808652935281842080547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016905590519193909290917f8270ec8777fc637c413dadbb5b63b4cd0b21c5cabdb83afafd44ed69520743b49190a4505050565b7ff14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00610a5f8184610bfa565b6108b281848460015b73ffffffffffffffffffffffffffffffffffffffff8216610ab5576040517f6d2a803c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8381526020858152604080832073ffffffffffffffffffffffffffffffffffffffff8616845290915281205460ff90811691821984169182169003610afc575050610bf4565b5f8581526020878152604080832073ffffffffffffffffffffffffffffffffffffffff88168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001684841760ff161790556001811615610ba357604051339073ffffffffffffffffffffffffffffffffffffffff86169087907fcf07c7f81f09ed061783cfd8468b6b80d89d10e79b7c249e50b439b340f48771905f90a45b6002811615610bf157604051339073ffffffffffffffffffffffffffffffffffffffff86169087907fc6959359b541ebdf64e7834d47da9b9d19358a4764804a852ed11c2af9f984d2905f90a45b50505b50505050565b5f81815260208381526040808320338452909152812054600216900361066a576040517fd400f1a800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610454565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c78575f5ffd5b919050565b5f5f5f60608486031215610c8f575f5ffd5b610c9884610c55565b9250610ca660208501610c55565b9150610cb460408501610c55565b90509250925092565b803567ffffffffffffffff81168114610c78575f5ffd5b5f5f5f5f60808587031215610ce7575f5ffd5b84359350610cf760208601610c55565b9250610d0560408601610c55565b9150610d1360608601610cbd565b905092959194509250565b5f5f60408385031215610d2f575f5ffd5b82359150610d3f60208401610c55565b90509250929050565b5f60208284031215610d58575f5ffd5b5035919050565b5f5f5f60608486031215610d71575f5ffd5b610d7a84610c55565b9250610d8860208501610c55565b9150610cb460408501610cbd565b5f5f60408385031215610da7575f5ffd5b610db083610c55565b9150610d3f60208401610c5556fea26469706673582212204a0e9920d2fa68fb0f073b72234a61642e865e2a1d02853b986fcd494f5b421264736f6c634300081e0033",
}

// ACL is an auto generated Go binding around an Ethereum contract.
type ACL struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ACL) GetABI() abi.ABI {
	return c.abi
}

// NewACL creates a new instance of ACL.
func NewACL() *ACL {
	parsed, err := ACLMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ACL{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ACL) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address inputVerifier_) returns()
func (aCL *ACL) PackConstructor(inputVerifier_ common.Address) []byte {
	enc, err := aCL.abi.Pack("", inputVerifier_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackGRANT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ad1c16b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GRANT() view returns(uint8)
func (aCL *ACL) PackGRANT() []byte {
	enc, err := aCL.abi.Pack("GRANT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGRANT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ad1c16b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GRANT() view returns(uint8)
func (aCL *ACL) TryPackGRANT() ([]byte, error) {
	return aCL.abi.Pack("GRANT")
}

// UnpackGRANT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ad1c16b.
//
// Solidity: function GRANT() view returns(uint8)
func (aCL *ACL) UnpackGRANT(data []byte) (uint8, error) {
	out, err := aCL.abi.Unpack("GRANT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66599dc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function READ() view returns(uint8)
func (aCL *ACL) PackREAD() []byte {
	enc, err := aCL.abi.Pack("READ")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66599dc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function READ() view returns(uint8)
func (aCL *ACL) TryPackREAD() ([]byte, error) {
	return aCL.abi.Pack("READ")
}

// UnpackREAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66599dc3.
//
// Solidity: function READ() view returns(uint8)
func (aCL *ACL) UnpackREAD(data []byte) (uint8, error) {
	out, err := aCL.abi.Unpack("READ", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (aCL *ACL) PackSTORAGESLOT() []byte {
	enc, err := aCL.abi.Pack("STORAGE_SLOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (aCL *ACL) TryPackSTORAGESLOT() ([]byte, error) {
	return aCL.abi.Pack("STORAGE_SLOT")
}

// UnpackSTORAGESLOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x517d217e.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (aCL *ACL) UnpackSTORAGESLOT(data []byte) ([32]byte, error) {
	out, err := aCL.abi.Unpack("STORAGE_SLOT", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9496b62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allow(bytes32 handle, address account) returns()
func (aCL *ACL) PackAllow(handle [32]byte, account common.Address) []byte {
	enc, err := aCL.abi.Pack("allow", handle, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9496b62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allow(bytes32 handle, address account) returns()
func (aCL *ACL) TryPackAllow(handle [32]byte, account common.Address) ([]byte, error) {
	return aCL.abi.Pack("allow", handle, account)
}

// PackAllowForInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29904150.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowForInput(bytes32 handle, address user, address contractAddress, uint64 keyEpoch) returns()
func (aCL *ACL) PackAllowForInput(handle [32]byte, user common.Address, contractAddress common.Address, keyEpoch uint64) []byte {
	enc, err := aCL.abi.Pack("allowForInput", handle, user, contractAddress, keyEpoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowForInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29904150.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowForInput(bytes32 handle, address user, address contractAddress, uint64 keyEpoch) returns()
func (aCL *ACL) TryPackAllowForInput(handle [32]byte, user common.Address, contractAddress common.Address, keyEpoch uint64) ([]byte, error) {
	return aCL.abi.Pack("allowForInput", handle, user, contractAddress, keyEpoch)
}

// PackAllowGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ef211f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowGrant(bytes32 handle, address account) returns()
func (aCL *ACL) PackAllowGrant(handle [32]byte, account common.Address) []byte {
	enc, err := aCL.abi.Pack("allowGrant", handle, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ef211f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowGrant(bytes32 handle, address account) returns()
func (aCL *ACL) TryPackAllowGrant(handle [32]byte, account common.Address) ([]byte, error) {
	return aCL.abi.Pack("allowGrant", handle, account)
}

// PackAllowPublicDecryption is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69c39d90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowPublicDecryption(bytes32 handle) returns()
func (aCL *ACL) PackAllowPublicDecryption(handle [32]byte) []byte {
	enc, err := aCL.abi.Pack("allowPublicDecryption", handle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowPublicDecryption is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69c39d90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowPublicDecryption(bytes32 handle) returns()
func (aCL *ACL) TryPackAllowPublicDecryption(handle [32]byte) ([]byte, error) {
	return aCL.abi.Pack("allowPublicDecryption", handle)
}

// PackCanGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x525c8cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canGrant(bytes32 handle, address account) view returns(bool)
func (aCL *ACL) PackCanGrant(handle [32]byte, account common.Address) []byte {
	enc, err := aCL.abi.Pack("canGrant", handle, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x525c8cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canGrant(bytes32 handle, address account) view returns(bool)
func (aCL *ACL) TryPackCanGrant(handle [32]byte, account common.Address) ([]byte, error) {
	return aCL.abi.Pack("canGrant", handle, account)
}

// UnpackCanGrant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x525c8cfd.
//
// Solidity: function canGrant(bytes32 handle, address account) view returns(bool)
func (aCL *ACL) UnpackCanGrant(data []byte) (bool, error) {
	out, err := aCL.abi.Unpack("canGrant", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDelegateUserDecryption is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950c4af7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateUserDecryption(address delegate, address contractAddress, uint64 expiry) returns()
func (aCL *ACL) PackDelegateUserDecryption(delegate common.Address, contractAddress common.Address, expiry uint64) []byte {
	enc, err := aCL.abi.Pack("delegateUserDecryption", delegate, contractAddress, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateUserDecryption is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950c4af7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateUserDecryption(address delegate, address contractAddress, uint64 expiry) returns()
func (aCL *ACL) TryPackDelegateUserDecryption(delegate common.Address, contractAddress common.Address, expiry uint64) ([]byte, error) {
	return aCL.abi.Pack("delegateUserDecryption", delegate, contractAddress, expiry)
}

// PackDelegationExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacf2e11b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegationExpiry(address user, address delegate, address contractAddress) view returns(uint64)
func (aCL *ACL) PackDelegationExpiry(user common.Address, delegate common.Address, contractAddress common.Address) []byte {
	enc, err := aCL.abi.Pack("delegationExpiry", user, delegate, contractAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegationExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacf2e11b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegationExpiry(address user, address delegate, address contractAddress) view returns(uint64)
func (aCL *ACL) TryPackDelegationExpiry(user common.Address, delegate common.Address, contractAddress common.Address) ([]byte, error) {
	return aCL.abi.Pack("delegationExpiry", user, delegate, contractAddress)
}

// UnpackDelegationExpiry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacf2e11b.
//
// Solidity: function delegationExpiry(address user, address delegate, address contractAddress) view returns(uint64)
func (aCL *ACL) UnpackDelegationExpiry(data []byte) (uint64, error) {
	out, err := aCL.abi.Unpack("delegationExpiry", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackInputVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd16d9e56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inputVerifier() view returns(address)
func (aCL *ACL) PackInputVerifier() []byte {
	enc, err := aCL.abi.Pack("inputVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInputVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd16d9e56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inputVerifier() view returns(address)
func (aCL *ACL) TryPackInputVerifier() ([]byte, error) {
	return aCL.abi.Pack("inputVerifier")
}

// UnpackInputVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd16d9e56.
//
// Solidity: function inputVerifier() view returns(address)
func (aCL *ACL) UnpackInputVerifier(data []byte) (common.Address, error) {
	out, err := aCL.abi.Unpack("inputVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82027b6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAllowed(bytes32 handle, address account) view returns(bool)
func (aCL *ACL) PackIsAllowed(handle [32]byte, account common.Address) []byte {
	enc, err := aCL.abi.Pack("isAllowed", handle, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82027b6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAllowed(bytes32 handle, address account) view returns(bool)
func (aCL *ACL) TryPackIsAllowed(handle [32]byte, account common.Address) ([]byte, error) {
	return aCL.abi.Pack("isAllowed", handle, account)
}

// UnpackIsAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82027b6d.
//
// Solidity: function isAllowed(bytes32 handle, address account) view returns(bool)
func (aCL *ACL) UnpackIsAllowed(data []byte) (bool, error) {
	out, err := aCL.abi.Unpack("isAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDelegated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14f2101f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDelegated(address user, address delegate, address contractAddress) view returns(bool)
func (aCL *ACL) PackIsDelegated(user common.Address, delegate common.Address, contractAddress common.Address) []byte {
	enc, err := aCL.abi.Pack("isDelegated", user, delegate, contractAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDelegated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14f2101f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDelegated(address user, address delegate, address contractAddress) view returns(bool)
func (aCL *ACL) TryPackIsDelegated(user common.Address, delegate common.Address, contractAddress common.Address) ([]byte, error) {
	return aCL.abi.Pack("isDelegated", user, delegate, contractAddress)
}

// UnpackIsDelegated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14f2101f.
//
// Solidity: function isDelegated(address user, address delegate, address contractAddress) view returns(bool)
func (aCL *ACL) UnpackIsDelegated(data []byte) (bool, error) {
	out, err := aCL.abi.Unpack("isDelegated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPubliclyDecryptable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c38455.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPubliclyDecryptable(bytes32 handle) view returns(bool)
func (aCL *ACL) PackIsPubliclyDecryptable(handle [32]byte) []byte {
	enc, err := aCL.abi.Pack("isPubliclyDecryptable", handle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPubliclyDecryptable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c38455.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPubliclyDecryptable(bytes32 handle) view returns(bool)
func (aCL *ACL) TryPackIsPubliclyDecryptable(handle [32]byte) ([]byte, error) {
	return aCL.abi.Pack("isPubliclyDecryptable", handle)
}

// UnpackIsPubliclyDecryptable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x98c38455.
//
// Solidity: function isPubliclyDecryptable(bytes32 handle) view returns(bool)
func (aCL *ACL) UnpackIsPubliclyDecryptable(data []byte) (bool, error) {
	out, err := aCL.abi.Unpack("isPubliclyDecryptable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69eb7f47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyEpochOf(bytes32 handle) view returns(uint64)
func (aCL *ACL) PackKeyEpochOf(handle [32]byte) []byte {
	enc, err := aCL.abi.Pack("keyEpochOf", handle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69eb7f47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyEpochOf(bytes32 handle) view returns(uint64)
func (aCL *ACL) TryPackKeyEpochOf(handle [32]byte) ([]byte, error) {
	return aCL.abi.Pack("keyEpochOf", handle)
}

// UnpackKeyEpochOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69eb7f47.
//
// Solidity: function keyEpochOf(bytes32 handle) view returns(uint64)
func (aCL *ACL) UnpackKeyEpochOf(data []byte) (uint64, error) {
	out, err := aCL.abi.Unpack("keyEpochOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRevokeUserDecryptionDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf594a88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeUserDecryptionDelegation(address delegate, address contractAddress) returns()
func (aCL *ACL) PackRevokeUserDecryptionDelegation(delegate common.Address, contractAddress common.Address) []byte {
	enc, err := aCL.abi.Pack("revokeUserDecryptionDelegation", delegate, contractAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeUserDecryptionDelegation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf594a88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeUserDecryptionDelegation(address delegate, address contractAddress) returns()
func (aCL *ACL) TryPackRevokeUserDecryptionDelegation(delegate common.Address, contractAddress common.Address) ([]byte, error) {
	return aCL.abi.Pack("revokeUserDecryptionDelegation", delegate, contractAddress)
}

// ACLAllowed represents a Allowed event raised by the ACL contract.
type ACLAllowed struct {
	Handle  [32]byte
	Account common.Address
	Grantor common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ACLAllowedEventName = "Allowed"

// ContractEventName returns the user-defined event name.
func (ACLAllowed) ContractEventName() string {
	return ACLAllowedEventName
}

// UnpackAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Allowed(bytes32 indexed handle, address indexed account, address indexed grantor)
func (aCL *ACL) UnpackAllowedEvent(log *types.Log) (*ACLAllowed, error) {
	event := "Allowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCL.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLAllowed)
	if len(log.Data) > 0 {
		if err := aCL.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCL.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ACLGrantAllowed represents a GrantAllowed event raised by the ACL contract.
type ACLGrantAllowed struct {
	Handle  [32]byte
	Account common.Address
	Grantor common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ACLGrantAllowedEventName = "GrantAllowed"

// ContractEventName returns the user-defined event name.
func (ACLGrantAllowed) ContractEventName() string {
	return ACLGrantAllowedEventName
}

// UnpackGrantAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GrantAllowed(bytes32 indexed handle, address indexed account, address indexed grantor)
func (aCL *ACL) UnpackGrantAllowedEvent(log *types.Log) (*ACLGrantAllowed, error) {
	event := "GrantAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCL.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLGrantAllowed)
	if len(log.Data) > 0 {
		if err := aCL.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCL.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ACLPublicDecryptionAllowed represents a PublicDecryptionAllowed event raised by the ACL contract.
type ACLPublicDecryptionAllowed struct {
	Handle  [32]byte
	Grantor common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ACLPublicDecryptionAllowedEventName = "PublicDecryptionAllowed"

// ContractEventName returns the user-defined event name.
func (ACLPublicDecryptionAllowed) ContractEventName() string {
	return ACLPublicDecryptionAllowedEventName
}

// UnpackPublicDecryptionAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublicDecryptionAllowed(bytes32 indexed handle, address indexed grantor)
func (aCL *ACL) UnpackPublicDecryptionAllowedEvent(log *types.Log) (*ACLPublicDecryptionAllowed, error) {
	event := "PublicDecryptionAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCL.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLPublicDecryptionAllowed)
	if len(log.Data) > 0 {
		if err := aCL.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCL.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ACLUserDecryptionDelegated represents a UserDecryptionDelegated event raised by the ACL contract.
type ACLUserDecryptionDelegated struct {
	User            common.Address
	Delegate        common.Address
	ContractAddress common.Address
	Expiry          uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const ACLUserDecryptionDelegatedEventName = "UserDecryptionDelegated"

// ContractEventName returns the user-defined event name.
func (ACLUserDecryptionDelegated) ContractEventName() string {
	return ACLUserDecryptionDelegatedEventName
}

// UnpackUserDecryptionDelegatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserDecryptionDelegated(address indexed user, address indexed delegate, address indexed contractAddress, uint64 expiry)
func (aCL *ACL) UnpackUserDecryptionDelegatedEvent(log *types.Log) (*ACLUserDecryptionDelegated, error) {
	event := "UserDecryptionDelegated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCL.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLUserDecryptionDelegated)
	if len(log.Data) > 0 {
		if err := aCL.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCL.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ACLUserDecryptionDelegationRevoked represents a UserDecryptionDelegationRevoked event raised by the ACL contract.
type ACLUserDecryptionDelegationRevoked struct {
	User            common.Address
	Delegate        common.Address
	ContractAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const ACLUserDecryptionDelegationRevokedEventName = "UserDecryptionDelegationRevoked"

// ContractEventName returns the user-defined event name.
func (ACLUserDecryptionDelegationRevoked) ContractEventName() string {
	return ACLUserDecryptionDelegationRevokedEventName
}

// UnpackUserDecryptionDelegationRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserDecryptionDelegationRevoked(address indexed user, address indexed delegate, address indexed contractAddress)
func (aCL *ACL) UnpackUserDecryptionDelegationRevokedEvent(log *types.Log) (*ACLUserDecryptionDelegationRevoked, error) {
	event := "UserDecryptionDelegationRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aCL.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ACLUserDecryptionDelegationRevoked)
	if len(log.Data) > 0 {
		if err := aCL.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aCL.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aCL *ACL) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLDelegationNotActive"].ID.Bytes()[:4]) {
		return aCL.UnpackACLDelegationNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLInvalidExpiry"].ID.Bytes()[:4]) {
		return aCL.UnpackACLInvalidExpiryError(raw[4:])
	}
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLNotInputVerifier"].ID.Bytes()[:4]) {
		return aCL.UnpackACLNotInputVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLSelfDelegation"].ID.Bytes()[:4]) {
		return aCL.UnpackACLSelfDelegationError(raw[4:])
	}
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLSenderCannotGrant"].ID.Bytes()[:4]) {
		return aCL.UnpackACLSenderCannotGrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLZeroAddress"].ID.Bytes()[:4]) {
		return aCL.UnpackACLZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLZeroInputVerifier"].ID.Bytes()[:4]) {
		return aCL.UnpackACLZeroInputVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], aCL.abi.Errors["ACLZeroKeyEpoch"].ID.Bytes()[:4]) {
		return aCL.UnpackACLZeroKeyEpochError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ACLACLDelegationNotActive represents a ACLDelegationNotActive error raised by the ACL contract.
type ACLACLDelegationNotActive struct {
	User            common.Address
	Delegate        common.Address
	ContractAddress common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLDelegationNotActive(address user, address delegate, address contractAddress)
func ACLACLDelegationNotActiveErrorID() common.Hash {
	return common.HexToHash("0x703829e686a0cb84bcbe1c7119dbb2ef02acbace3f6cd9fabbdf085a6f61b571")
}

// UnpackACLDelegationNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLDelegationNotActive(address user, address delegate, address contractAddress)
func (aCL *ACL) UnpackACLDelegationNotActiveError(raw []byte) (*ACLACLDelegationNotActive, error) {
	out := new(ACLACLDelegationNotActive)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLDelegationNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ACLACLInvalidExpiry represents a ACLInvalidExpiry error raised by the ACL contract.
type ACLACLInvalidExpiry struct {
	Expiry       uint64
	NowTimestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLInvalidExpiry(uint64 expiry, uint64 nowTimestamp)
func ACLACLInvalidExpiryErrorID() common.Hash {
	return common.HexToHash("0x33465f6c3035a2b9b5fedbcb83c3751c2c4d7440c1667aa7e1b1caa3e44397dd")
}

// UnpackACLInvalidExpiryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLInvalidExpiry(uint64 expiry, uint64 nowTimestamp)
func (aCL *ACL) UnpackACLInvalidExpiryError(raw []byte) (*ACLACLInvalidExpiry, error) {
	out := new(ACLACLInvalidExpiry)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLInvalidExpiry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ACLACLNotInputVerifier represents a ACLNotInputVerifier error raised by the ACL contract.
type ACLACLNotInputVerifier struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLNotInputVerifier(address sender)
func ACLACLNotInputVerifierErrorID() common.Hash {
	return common.HexToHash("0x6d09009ea29c4282a637d067a7f741b80ca194a69d02fd3bce8b6d2c819f9e38")
}

// UnpackACLNotInputVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLNotInputVerifier(address sender)
func (aCL *ACL) UnpackACLNotInputVerifierError(raw []byte) (*ACLACLNotInputVerifier, error) {
	out := new(ACLACLNotInputVerifier)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLNotInputVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ACLACLSelfDelegation represents a ACLSelfDelegation error raised by the ACL contract.
type ACLACLSelfDelegation struct {
	User common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLSelfDelegation(address user)
func ACLACLSelfDelegationErrorID() common.Hash {
	return common.HexToHash("0x1072149e8319c15ed6d356e1253933c1fdd160f76186031d2feec67dbcc3f2d4")
}

// UnpackACLSelfDelegationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLSelfDelegation(address user)
func (aCL *ACL) UnpackACLSelfDelegationError(raw []byte) (*ACLACLSelfDelegation, error) {
	out := new(ACLACLSelfDelegation)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLSelfDelegation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ACLACLSenderCannotGrant represents a ACLSenderCannotGrant error raised by the ACL contract.
type ACLACLSenderCannotGrant struct {
	Handle [32]byte
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLSenderCannotGrant(bytes32 handle, address sender)
func ACLACLSenderCannotGrantErrorID() common.Hash {
	return common.HexToHash("0xd400f1a8b02e3a6fd6cbd0952bc6b316013c9840cdd4842d405769a6fef3b25e")
}

// UnpackACLSenderCannotGrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLSenderCannotGrant(bytes32 handle, address sender)
func (aCL *ACL) UnpackACLSenderCannotGrantError(raw []byte) (*ACLACLSenderCannotGrant, error) {
	out := new(ACLACLSenderCannotGrant)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLSenderCannotGrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ACLACLZeroAddress represents a ACLZeroAddress error raised by the ACL contract.
type ACLACLZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLZeroAddress()
func ACLACLZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x6d2a803c7508f2933bbcac9833ba67e8d49d737436cd7ac26d3651d44022295d")
}

// UnpackACLZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLZeroAddress()
func (aCL *ACL) UnpackACLZeroAddressError(raw []byte) (*ACLACLZeroAddress, error) {
	out := new(ACLACLZeroAddress)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ACLACLZeroInputVerifier represents a ACLZeroInputVerifier error raised by the ACL contract.
type ACLACLZeroInputVerifier struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLZeroInputVerifier()
func ACLACLZeroInputVerifierErrorID() common.Hash {
	return common.HexToHash("0x717727b774aac07fd547259d1c1098029e12b2efb6911e380c8a2ea94c903575")
}

// UnpackACLZeroInputVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLZeroInputVerifier()
func (aCL *ACL) UnpackACLZeroInputVerifierError(raw []byte) (*ACLACLZeroInputVerifier, error) {
	out := new(ACLACLZeroInputVerifier)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLZeroInputVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ACLACLZeroKeyEpoch represents a ACLZeroKeyEpoch error raised by the ACL contract.
type ACLACLZeroKeyEpoch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ACLZeroKeyEpoch()
func ACLACLZeroKeyEpochErrorID() common.Hash {
	return common.HexToHash("0xf09f0e41557118cbe197da6376986b50a6056b0768492b549dc30f327aeefb2f")
}

// UnpackACLZeroKeyEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ACLZeroKeyEpoch()
func (aCL *ACL) UnpackACLZeroKeyEpochError(raw []byte) (*ACLACLZeroKeyEpoch, error) {
	out := new(ACLACLZeroKeyEpoch)
	if err := aCL.abi.UnpackIntoInterface(out, "ACLZeroKeyEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleMetaData contains all meta data concerning the DecryptionOracle contract.
var DecryptionOracleMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"acl_\",\"type\":\"address\",\"internalType\":\"contractIACL\"},{\"name\":\"kmsVerifier_\",\"type\":\"address\",\"internalType\":\"contractIKMSVerifier\"},{\"name\":\"baseFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"perHandleFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"perGasFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CALLBACK_CALL_OVERHEAD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DECRYPTION_RESULT_BATCH_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DECRYPTION_RESULT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_CALLBACK_GAS_LIMIT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_HANDLES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RESULT_STORAGE_GAS_PER_WORD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"STORAGE_SLOT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acl\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIACL\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"commitmentOf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"computeCommitment\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"handlesHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signerEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decryptionResultDigest\",\"inputs\":[{\"name\":\"signerEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"results\",\"type\":\"tuple[]\",\"internalType\":\"structIDecryptionOracle.Result[]\",\"components\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"handles\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"cleartexts\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fees\",\"inputs\":[],\"outputs\":[{\"name\":\"baseFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"perHandleFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"perGasFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"firstRequestId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fulfill\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cleartexts\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"fulfillBatch\",\"inputs\":[{\"name\":\"signerEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"payees\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"cleartexts\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"fulfilled\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"req\",\"type\":\"tuple\",\"internalType\":\"structIDecryptionOracle.Request\",\"components\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackSelector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"handleCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIDecryptionOracle.RequestStatus\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signerEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fee\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"handlesHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"kmsVerifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIKMSVerifier\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextRequestId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owedTo\",\"inputs\":[{\"name\":\"payee\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"refund\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"refundOf\",\"inputs\":[{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestDecryption\",\"inputs\":[{\"name\":\"handles\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"callbackSelector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"requestFee\",\"inputs\":[{\"name\":\"handleCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"resultOf\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"cleartexts\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setFees\",\"inputs\":[{\"name\":\"baseFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"perHandleFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"perGasFee\",\"type\":\"uint128\",\"internalType\":\"uint128\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"addresspayable\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawRefund\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"addresspayable\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CallbackFailed\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DecryptionFulfilled\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DecryptionRefunded\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DecryptionRequested\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"handles\",\"type\":\"bytes32[]\",\"indexed\":false,\"internalType\":\"bytes32[]\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"signerEpoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"callbackSelector\",\"type\":\"bytes4\",\"indexed\":false,\"internalType\":\"bytes4\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"commitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesCredited\",\"inputs\":[{\"name\":\"payee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeesUpdated\",\"inputs\":[{\"name\":\"baseFee\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"perHandleFee\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"},{\"name\":\"perGasFee\",\"type\":\"uint128\",\"indexed\":false,\"internalType\":\"uint128\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RefundCredited\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RefundWithdrawn\",\"inputs\":[{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"payee\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"DecryptionOracleAlreadyFulfilled\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleAlreadyRefunded\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleBatchLengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DecryptionOracleCallbackGasLimitTooHigh\",\"inputs\":[{\"name\":\"given\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleCannotRenounceOwnership\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DecryptionOracleEmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DecryptionOracleIncorrectFee\",\"inputs\":[{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleInsufficientGas\",\"inputs\":[{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleInvalidCleartextsLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleInvalidMaxDelay\",\"inputs\":[{\"name\":\"given\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"max\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleMixedKeyEpochs\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstKeyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleNoHandles\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DecryptionOracleNotAllowed\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"requester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleNothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleRepeatedHandle\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleRequestExpired\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleRequestNotExpired\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleResultNotStored\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleSignerEpochMismatch\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requestEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"batchEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleTooManyHandles\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleTransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleUnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DecryptionOracleZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "DecryptionOracle",
	Bin: "0x6101a0604052348015610010575f5ffd5b5060405161457d38038061457d83398101604081905261002f91610387565b8560405180604001604052806004815260200163544b4d5360e01b815250604051806040016040528060018152602001603160f81b8152506100768261023160201b60201c565b6101205261008381610231565b61014052815160208084019190912060e052815190820120610100524660a05261010f60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61014f8161026e565b506001600160a01b038516158061016d57506001600160a01b038416155b1561018b5760405163d74377e760e01b815260040160405180910390fd5b6001600160a01b038581166101605284166101805260408051466020808301919091523082840152825180830384018152606090920190925280519101206001600160401b0319166001177f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c803557f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8006102258185858561028a565b5050505050505061045a565b5f5f829050601f8151111561025b578260405163305a27a960e01b815260040161013d91906103ff565b805161026682610434565b179392505050565b600380546001600160a01b031916905561028781610307565b50565b6001600160801b03838116600160801b848316908102821760048801556005870180546001600160801b03191693851693841790556040805192835260208301919091528101919091527fb8778530ed2208b4775e73b3d5fce796e4a0dfe133bdb00b7462a96d803d706f9060600160405180910390a150505050565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610287575f5ffd5b80516001600160801b0381168114610382575f5ffd5b919050565b5f5f5f5f5f5f60c0878903121561039c575f5ffd5b86516103a781610358565b60208801519096506103b881610358565b60408801519095506103c981610358565b93506103d76060880161036c565b92506103e56080880161036c565b91506103f360a0880161036c565b90509295509295509295565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610454575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051610180516140946104e95f395f81816108750152818161105b015281816115620152611e3b01525f818161080501528181611b1d01528181611bd20152611cc301525f6129a301525f61297801525f612e4301525f612e1b01525f612d7601525f612da001525f612dca01526140945ff3fe608060405260043610610229575f3560e01c8063803676ba11610131578063bc718959116100ac578063e30c39781161007c578063f2fde38b11610062578063f2fde38b14610897578063f698da25146108b6578063f758158e146108ca575f5ffd5b8063e30c39781461083a578063f0ea684d14610864575f5ffd5b8063bc718959146107b3578063c58343ef146107c8578063de287359146107f4578063e082a63a14610827575f5ffd5b80639af1d35a11610101578063a2067a21116100e7578063a2067a2114610761578063ac9c2adf14610780578063affd3b6214610794575f5ffd5b80639af1d35a146106ac578063a16c86f714610742575f5ffd5b8063803676ba1461057b5780638462d661146105da57806384b0196e1461063a5780638da5cb5b14610661575f5ffd5b806354774c5a116101c15780636a8b5d5c1161019157806371bfabca1161017757806371bfabca1461050857806379ba5097146105345780637d15c9cf14610548575f5ffd5b80636a8b5d5c146104d5578063715018a6146104f4575f5ffd5b806354774c5a146104065780635bc6d2e214610439578063640f47f7146104585780636a84a985146104a2575f5ffd5b80634125ff90116101fc5780634125ff90146103705780634fc05c261461039f578063517d217e146103b457806351cff8d9146103e7575f5ffd5b806307738ad21461022d5780631e57d505146102a0578063278ecde11461033957806339c332151461035a575b5f5ffd5b348015610238575f5ffd5b5061028d6102473660046133ec565b73ffffffffffffffffffffffffffffffffffffffff165f9081527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c806602052604090205490565b6040519081526020015b60405180910390f35b3480156102ab575f5ffd5b5061028d6102ba366004613423565b604080514660208083019190915230828401526060820198909852608081019690965273ffffffffffffffffffffffffffffffffffffffff9490941660a086015267ffffffffffffffff92831660c086015290821660e08501521661010080840191909152815180840390910181526101209092019052805191012090565b348015610344575f5ffd5b5061035861035336600461348f565b6108e9565b005b348015610365575f5ffd5b5061028d624c4b4081565b34801561037b575f5ffd5b5061038662278d0081565b60405167ffffffffffffffff9091168152602001610297565b3480156103aa575f5ffd5b5061028d61565481565b3480156103bf575f5ffd5b5061028d7f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c80081565b3480156103f2575f5ffd5b506103586104013660046133ec565b610c9d565b348015610411575f5ffd5b5061028d7f61a4a90873932b41faf90eb6a415da7515cc58d4648edab28218a5826ef7127181565b348015610444575f5ffd5b5061028d6104533660046134b9565b610daa565b348015610463575f5ffd5b5061028d61047236600461348f565b5f9081527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800602052604090205490565b3480156104ad575f5ffd5b507f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8035461028d565b3480156104e0575f5ffd5b506103586104ef366004613528565b610de5565b3480156104ff575f5ffd5b506103586111b8565b348015610513575f5ffd5b5061052761052236600461348f565b6111f2565b60405161029791906135ff565b34801561053f575f5ffd5b506103586112ed565b348015610553575f5ffd5b5061028d7f09039db93e70ce198c2cf6acc92beef136abba58453e1c9fefa0833eabc0699181565b348015610586575f5ffd5b5060408051466020808301919091523082840152825180830384018152606090920190925280519101207fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001660011761028d565b3480156105e5575f5ffd5b5061028d6105f43660046133ec565b73ffffffffffffffffffffffffffffffffffffffff165f9081527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c807602052604090205490565b348015610645575f5ffd5b5061064e611361565b6040516102979796959493929190613611565b34801561066c575f5ffd5b5060025473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610297565b3480156106b7575f5ffd5b507f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c804547f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c80554604080516fffffffffffffffffffffffffffffffff8085168252700100000000000000000000000000000000909404841660208201529290911690820152606001610297565b34801561074d575f5ffd5b5061035861075c3660046133ec565b6113bf565b34801561076c575f5ffd5b5061028d61077b366004613711565b6114b0565b34801561078b575f5ffd5b5061028d601081565b34801561079f575f5ffd5b506103586107ae366004613812565b61161c565b3480156107be575f5ffd5b5061028d61138881565b3480156107d3575f5ffd5b506107e76107e236600461348f565b611655565b60405161029791906138b8565b3480156107ff575f5ffd5b506106877f000000000000000000000000000000000000000000000000000000000000000081565b61028d6108353660046139b2565b61189d565b348015610845575f5ffd5b5060035473ffffffffffffffffffffffffffffffffffffffff16610687565b34801561086f575f5ffd5b506106877f000000000000000000000000000000000000000000000000000000000000000081565b3480156108a2575f5ffd5b506103586108b13660046133ec565b61222f565b3480156108c1575f5ffd5b5061028d6122df565b3480156108d5575f5ffd5b5061028d6108e4366004613a4c565b6122ed565b6108f16123fd565b5f8181527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8016020526040812080547f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800929061097490849086907e01000000000000000000000000000000000000000000000000000000000000900460ff16612434565b90505f81600381111561098957610989613852565b036109c8576040517f7e7d2f2b000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b60028160038111156109dc576109dc613852565b03610a16576040517f20e56c68000000000000000000000000000000000000000000000000000000008152600481018590526024016109bf565b6003816003811115610a2a57610a2a613852565b03610a64576040517f998ce68a000000000000000000000000000000000000000000000000000000008152600481018590526024016109bf565b600182015467ffffffffffffffff16421015610ac55760018201546040517f76db5fb40000000000000000000000000000000000000000000000000000000081526004810186905267ffffffffffffffff90911660248201526044016109bf565b81547e030000000000000000000000000000000000000000000000000000000000007fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821617835560018301546040516fffffffffffffffffffffffffffffffff7001000000000000000000000000000000009092049190911680825273ffffffffffffffffffffffffffffffffffffffff9092169190829087907ffc717eb70b2d60c218043524cb277a7225129cb8ade50d14dd3ad3d9448216a69060200160405180910390a3805f03610b9e575050505050610c92565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114610bf4576040519150601f19603f3d011682016040523d82523d5f602084013e610bf9565b606091505b5050905080610c8b5773ffffffffffffffffffffffffffffffffffffffff83165f90815260068701602052604081208054849290610c38908490613aca565b909155505060405182815273ffffffffffffffffffffffffffffffffffffffff84169088907fe1872a97721553a4eba79b8a15644854ed8617ac50609d0893e90f8197a7213d9060200160405180910390a35b5050505050505b610c9a612485565b50565b610ca56123fd565b335f9081527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c80760205260408120547f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c80091819003610d30576040517f31e2d0220000000000000000000000000000000000000000000000000000000081523360048201526024016109bf565b335f818152600784016020526040808220919091555173ffffffffffffffffffffffffffffffffffffffff851691907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb90610d8e9085815260200190565b60405180910390a3610da083826124af565b5050610c9a612485565b5f610ddc7f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800848463ffffffff1661256f565b90505b92915050565b610ded6123fd565b5f8681527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8016020526040812080547f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8009290610e709084908b907e01000000000000000000000000000000000000000000000000000000000000900460ff16612434565b90505f816003811115610e8557610e85613852565b03610ebf576040517f7e7d2f2b000000000000000000000000000000000000000000000000000000008152600481018a90526024016109bf565b6002816003811115610ed357610ed3613852565b03610f0d576040517f20e56c68000000000000000000000000000000000000000000000000000000008152600481018a90526024016109bf565b6003816003811115610f2157610f21613852565b03610f5b576040517f998ce68a000000000000000000000000000000000000000000000000000000008152600481018a90526024016109bf565b600182015467ffffffffffffffff164210610fbb5760018201546040517ff8d5dfac000000000000000000000000000000000000000000000000000000008152600481018b905267ffffffffffffffff90911660248201526044016109bf565b8154610fec907c0100000000000000000000000000000000000000000000000000000000900461ffff168989612618565b600182810154604080518381528082019091526801000000000000000090910467ffffffffffffffff16915f91906020808301908036833701905050905061103b8b85600201548c8c8c61266f565b815f8151811061104d5761104d613b0a565b6020026020010181815250507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663a3ec642a836110a085856126c6565b8a8a6040518563ffffffff1660e01b81526004016110c19493929190613b37565b5f6040518083038186803b1580156110d7575f5ffd5b505afa1580156110e9573d5f5f3e3d5ffd5b5050855460018701545f93509091505090508b60ff166001901b866008015f60088f901c81526020019081526020015f205f8282541792505081905550611133868d838e8e612737565b6111a28673ffffffffffffffffffffffffffffffffffffffff8b1615611159578a611172565b865473ffffffffffffffffffffffffffffffffffffffff165b600188015470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16612856565b5050505050506111b0612485565b505050505050565b6111c06128ed565b6040517ffc2f300a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8181527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8026020526040902080546060919061122d90613b9b565b80601f016020809104026020016040519081016040528092919081815260200182805461125990613b9b565b80156112a45780601f1061127b576101008083540402835291602001916112a4565b820191905f5260205f20905b81548152906001019060200180831161128757829003601f168201915b5050505050905080515f036112e8576040517f81f7f867000000000000000000000000000000000000000000000000000000008152600481018390526024016109bf565b919050565b600354339073ffffffffffffffffffffffffffffffffffffffff168114611358576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016109bf565b610c9a81612940565b5f6060805f5f5f6060611372612971565b61137a61299c565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6113c76123fd565b335f9081527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c80660205260408120547f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c80091819003611452576040517f31e2d0220000000000000000000000000000000000000000000000000000000081523360048201526024016109bf565b335f818152600684016020526040808220919091555173ffffffffffffffffffffffffffffffffffffffff851691907fd55b5fe81317b854ac11454adf7e5a9a0adf69184d643ef9ae6bfda6a015c5bc90610d8e9085815260200190565b5f6114b96123fd565b5f8890036114f3576040517f9c5b0ae200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b85881461152c576040517f99cdb9c500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8005f61155e828d8d8d8d8d8d8d6129c7565b90507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663a3ec642a8d6115a78f856126c6565b88886040518563ffffffff1660e01b81526004016115c89493929190613b37565b5f6040518083038186803b1580156115de575f5ffd5b505afa1580156115f0573d5f5f3e3d5ffd5b50505050611603828c8c8c8c8c8c612ae3565b9250505061160f612485565b9998505050505050505050565b6116246128ed565b6116507f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800848484612bdb565b505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091525f8281527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8016020908152604091829020825161012081018452815473ffffffffffffffffffffffffffffffffffffffff8116825274010000000000000000000000000000000000000000810460e01b7fffffffff0000000000000000000000000000000000000000000000000000000016938201939093527801000000000000000000000000000000000000000000000000830463ffffffff16938101939093527c0100000000000000000000000000000000000000000000000000000000820461ffff1660608401527f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800929160808301907e01000000000000000000000000000000000000000000000000000000000000900460ff1660038111156117e5576117e5613852565b60038111156117f6576117f6613852565b8152600182015467ffffffffffffffff808216602084015268010000000000000000820416604083015270010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16606082015260029091015460809182015281015190925061186a9082908590612434565b8260800190600381111561188057611880613852565b9081600381111561189357611893613852565b8152505050919050565b5f848082036118d8576040517f0d984d8d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b601081111561191d576040517f12de342100000000000000000000000000000000000000000000000000000000815260048101829052601060248201526044016109bf565b624c4b408463ffffffff161115611971576040517f3e56ffd400000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152624c4b4060248201526044016109bf565b67ffffffffffffffff83161580611994575062278d0067ffffffffffffffff8416115b156119e0576040517f1042e0a000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015262278d0060248201526044016109bf565b7f0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c8005f611a13828463ffffffff891661256f565b9050803414611a57576040517f3b4716ab000000000000000000000000000000000000000000000000000000008152346004820152602481018290526044016109bf565b5f805b84811015611dc4575f8b8b83818110611a7557611a75613b0a565b9050602002013590505f5f90505b82811015611ae757818d8d83818110611a9e57611a9e613b0a565b9050602002013503611adf576040517fbc87584b000000000000000000000000000000000000000000000000000000008152600481018390526024016109bf565b600101611a83565b506040517f82027b6d000000000000000000000000000000000000000000000000000000008152600481018290523360248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906382027b6d90604401602060405180830381865afa158015611b77573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b9b9190613bec565b158015611c5257506040517f98c38455000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906398c3845590602401602060405180830381865afa158015611c2c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c509190613bec565b155b15611c92576040517f1def07b4000000000000000000000000000000000000000000000000000000008152600481018290523360248201526044016109bf565b6040517f69eb7f47000000000000000000000000000000000000000000000000000000008152600481018290525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906369eb7f4790602401602060405180830381865afa158015611d1d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d419190613c0b565b9050825f03611d5257809350611dba565b8367ffffffffffffffff168167ffffffffffffffff1614611dba576040517f9f2edc2e0000000000000000000000000000000000000000000000000000000081526004810183905267ffffffffffffffff8083166024830152851660448201526064016109bf565b5050600101611a5a565b5060408051610120810182523381527fffffffff000000000000000000000000000000000000000000000000000000008a16602082015263ffffffff89169181019190915261ffff851660608201525f906080810160018152602001611e2a8942613c26565b67ffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663766718086040518163ffffffff1660e01b8152600401602060405180830381865afa158015611ea2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ec69190613c0b565b67ffffffffffffffff168152602001611ede85612c86565b6fffffffffffffffffffffffffffffffff1681526020018c8c604051602001611f08929190613c46565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052805160209091012090526003850180549192505f611f5383613c86565b9190505595505f611fef8783610100015133868660c001518760a00151604080514660208083019190915230828401526060820198909852608081019690965273ffffffffffffffffffffffffffffffffffffffff9490941660a086015267ffffffffffffffff92831660c086015290821660e08501521661010080840191909152815180840390910181526101209092019052805191012090565b5f8881526020878152604080832084905560018901825291829020855181549287015193870151606088015161ffff167c0100000000000000000000000000000000000000000000000000000000027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff92909216780100000000000000000000000000000000000000000000000002919091167fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff60e09690961c74010000000000000000000000000000000000000000027fffffffffffffffff00000000000000000000000000000000000000000000000090951673ffffffffffffffffffffffffffffffffffffffff9093169290921793909317939093169290921717808255608085015192935084929082907fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000083600381111561217657612176613852565b021790555060a082015160018201805460c085015160e08601516fffffffffffffffffffffffffffffffff9081167001000000000000000000000000000000000267ffffffffffffffff92831668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909416929095169190911791909117169190911790556101009091015160029091015561222087838e8e8786612cdf565b50505050505095945050505050565b6122376128ed565b6003805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116811790915561229a60025473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6122e8612d5d565b905090565b5f808267ffffffffffffffff81111561230857612308613add565b604051908082528060200260200182016040528015612331578160200160208202803683370190505b5090505f5b838110156123e9573685858381811061235157612351613b0a565b90506020028101906123639190613cbd565b90506123c381356123776020840184613cf9565b604051602001612388929190613c46565b604051602081830303815290604052805190602001208380604001906123ae9190613d5d565b6123be60808701606088016133ec565b61266f565b8383815181106123d5576123d5613b0a565b602090810291909101015250600101612336565b506123f485826126c6565b95945050505050565b612405612e93565b61243260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612eec565b565b5f600182600381111561244957612449613852565b1480156124705750600883811c5f9081529085016020526040902054600160ff85161b1615155b61247a578161247d565b60025b949350505050565b6124325f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061242c565b805f036124ba575050565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114612510576040519150601f19603f3d011682016040523d82523d5f602084013e612515565b606091505b5050905080611650576040517ff091ad4900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018390526044016109bf565b5f8061257c846001613aca565b61258890615654613dbe565b6125929084613aca565b60058601549091506125b79082906fffffffffffffffffffffffffffffffff16613dbe565b60048601546125ed90869070010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff16613dbe565b600487015461260e91906fffffffffffffffffffffffffffffffff16613aca565b6123f49190613aca565b5f612624846020613dbe565b9050818114612669576040517f0a3e942200000000000000000000000000000000000000000000000000000000815260048101839052602481018290526044016109bf565b50505050565b6040515f907f09039db93e70ce198c2cf6acc92beef136abba58453e1c9fefa0833eabc0699190848682379384209084526020840196909652506040820193909352606081019390935250608082015260a0902090565b8051602090810282820120604080517f61a4a90873932b41faf90eb6a415da7515cc58d4648edab28218a5826ef712719381019390935267ffffffffffffffff851690830152606082018190525f9161247d9060800160405160208183030381529060405280519060200120612ef3565b60405184907f1af0453083661051f6e56e5c070792320652e612154bf9af8637bb1e7655b99d905f90a2827fffffffff00000000000000000000000000000000000000000000000000000000604082901b16806127b0575f86815260028801602052604090206127a8848683613e19565b50505061284f565b73ffffffffffffffffffffffffffffffffffffffff82163b15806127e957506127e7828260c088901c63ffffffff16898888612f3a565b155b1561284c575f8681526002880160205260409020612808848683613e19565b5060405173ffffffffffffffffffffffffffffffffffffffff83169087907f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d905f90a35b50505b5050505050565b805f0361286257505050565b73ffffffffffffffffffffffffffffffffffffffff82165f90815260078401602052604081208054839290612898908490613aca565b909155505060405181815273ffffffffffffffffffffffffffffffffffffffff8316907f844a1a16d3ae27884c263d3d326dd82c1f29e60e2a5f3248891f2191666bfb5e9060200160405180910390a2505050565b60025473ffffffffffffffffffffffffffffffffffffffff163314612432576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016109bf565b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610c9a81613048565b60606122e87f00000000000000000000000000000000000000000000000000000000000000006130be565b60606122e87f00000000000000000000000000000000000000000000000000000000000000006130be565b6060858067ffffffffffffffff8111156129e3576129e3613add565b604051908082528060200260200182016040528015612a0c578160200160208202803683370190505b5091505f805b82811015612a9157612a678c8c8c8c85818110612a3157612a31613b0a565b905060200201358b8b86818110612a4a57612a4a613b0a565b9050602002016020810190612a5f91906133ec565b8a8a886130fb565b858381518110612a7957612a79613b0a565b60209081029190910101919091529150600101612a12565b50808414612ad5576040517f0a3e942200000000000000000000000000000000000000000000000000000000815260048101859052602481018290526044016109bf565b505098975050505050505050565b5f808080805b89811015612bc1575f898983818110612b0457612b04613b0a565b9050602002016020810190612b1991906133ec565b90505f5f612b438f8f8f87818110612b3357612b33613b0a565b90506020020135858d8d8a613268565b9650909250905081612b5757505050612bb9565b612b6088613c86565b97508673ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff1614612ba957612ba08f8888612856565b9195505f945085915b612bb38187613aca565b95505050505b600101612ae9565b50612bcd8b8484612856565b505050979650505050505050565b6fffffffffffffffffffffffffffffffff838116700100000000000000000000000000000000848316908102821760048801556005870180547fffffffffffffffffffffffffffffffff000000000000000000000000000000001693851693841790556040805192835260208301919091528101919091527fb8778530ed2208b4775e73b3d5fce796e4a0dfe133bdb00b7462a96d803d706f9060600160405180910390a150505050565b5f6fffffffffffffffffffffffffffffffff821115612cdb576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260806004820152602481018390526044016109bf565b5090565b845f015173ffffffffffffffffffffffffffffffffffffffff16867fd3819c0b4aaf5c6aa831cb017d98824bb87f3b366a31a1de6c9fc4cda3d9c1108686868a60c001518b60a001518c602001518d604001518e60e001518b604051612d4d99989796959493929190613f2f565b60405180910390a3505050505050565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015612dc257507f000000000000000000000000000000000000000000000000000000000000000046145b15612dec57507f000000000000000000000000000000000000000000000000000000000000000090565b6122e8604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15612432576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f610ddf612eff612d5d565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80611388612f4a603f88613fff565b612f549088613aca565b612f5e9190613aca565b90505f5a905081811015612fa8576040517f3a9c0ba800000000000000000000000000000000000000000000000000000000815260048101829052602481018390526044016109bf565b6040518489825287600483015260406024830152806044830152808760648401375f5f82606401845f8f8ef1945050508261303c575f5a9050612fec603f89613fff565b81101561303a5780612fff603f8a613fff565b6040517f3a9c0ba8000000000000000000000000000000000000000000000000000000008152600481019290925260248201526044016109bf565b505b50509695505050505050565b6002805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b60605f6130ca8361338b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f85815260018801602052604081208190818061311e8380546001909101549091565b9092509050604081901c67ffffffffffffffff81165f0361316e576040517f7e7d2f2b000000000000000000000000000000000000000000000000000000008152600481018c90526024016109bf565b8b67ffffffffffffffff168167ffffffffffffffff16146131d6576040517faa6c011f000000000000000000000000000000000000000000000000000000008152600481018c905267ffffffffffffffff80831660248301528d1660448201526064016109bf565b6131e961ffff60e085901c166020613dbe565b6131f39088613aca565b945087851115613239576040517f0a3e942200000000000000000000000000000000000000000000000000000000815260048101899052602481018690526044016109bf565b6002840154613256908c90613250888b8d8f614037565b8e61266f565b95505050505097509795505050505050565b5f85815260018781016020908152604083208054920154839283929091906132999060e084901c61ffff1690613dbe565b6132a39087613aca565b925060f082901c60ff1660011415806132c657508067ffffffffffffffff164210155b156132d8575f5f94509450505061337f565b60088a811c5f908152908c016020526040902054600160ff8c161b8082161561330a575f5f965096505050505061337f565b8082178d6008015f60088f901c81526020019081526020015f20819055506133458d8d868d8d8d908b9261334093929190614037565b612737565b608083901c955073ffffffffffffffffffffffffffffffffffffffff8b16613376576133728d8588612856565b5f95505b60019650505050505b96509650969350505050565b5f60ff8216601f811115610ddf576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81168114610c9a575f5ffd5b5f602082840312156133fc575f5ffd5b8135613407816133cb565b9392505050565b67ffffffffffffffff81168114610c9a575f5ffd5b5f5f5f5f5f5f60c08789031215613438575f5ffd5b86359550602087013594506040870135613451816133cb565b935060608701356134618161340e565b925060808701356134718161340e565b915060a08701356134818161340e565b809150509295509295509295565b5f6020828403121561349f575f5ffd5b5035919050565b803563ffffffff811681146112e8575f5ffd5b5f5f604083850312156134ca575f5ffd5b823591506134da602084016134a6565b90509250929050565b5f5f83601f8401126134f3575f5ffd5b50813567ffffffffffffffff81111561350a575f5ffd5b602083019150836020828501011115613521575f5ffd5b9250929050565b5f5f5f5f5f5f6080878903121561353d575f5ffd5b86359550602087013567ffffffffffffffff81111561355a575f5ffd5b61356689828a016134e3565b909650945050604087013561357a816133cb565b9250606087013567ffffffffffffffff811115613595575f5ffd5b6135a189828a016134e3565b979a9699509497509295939492505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f610ddc60208301846135b3565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61364b60e08301896135b3565b828103604084015261365d81896135b3565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156136bf5783518352602093840193909201916001016136a1565b50909b9a5050505050505050505050565b5f5f83601f8401126136e0575f5ffd5b50813567ffffffffffffffff8111156136f7575f5ffd5b6020830191508360208260051b8501011115613521575f5ffd5b5f5f5f5f5f5f5f5f5f60a08a8c031215613729575f5ffd5b89356137348161340e565b985060208a013567ffffffffffffffff81111561374f575f5ffd5b61375b8c828d016136d0565b90995097505060408a013567ffffffffffffffff81111561377a575f5ffd5b6137868c828d016136d0565b90975095505060608a013567ffffffffffffffff8111156137a5575f5ffd5b6137b18c828d016134e3565b90955093505060808a013567ffffffffffffffff8111156137d0575f5ffd5b6137dc8c828d016134e3565b915080935050809150509295985092959850929598565b80356fffffffffffffffffffffffffffffffff811681146112e8575f5ffd5b5f5f5f60608486031215613824575f5ffd5b61382d846137f3565b925061383b602085016137f3565b9150613849604085016137f3565b90509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600481106138b4577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f6101208201905073ffffffffffffffffffffffffffffffffffffffff83511682527fffffffff000000000000000000000000000000000000000000000000000000006020840151166020830152604083015161391d604084018263ffffffff169052565b506060830151613933606084018261ffff169052565b506080830151613946608084018261387f565b5060a083015161396260a084018267ffffffffffffffff169052565b5060c083015161397e60c084018267ffffffffffffffff169052565b5060e08301516139a260e08401826fffffffffffffffffffffffffffffffff169052565b5061010092830151919092015290565b5f5f5f5f5f608086880312156139c6575f5ffd5b853567ffffffffffffffff8111156139dc575f5ffd5b6139e8888289016136d0565b90965094505060208601357fffffffff0000000000000000000000000000000000000000000000000000000081168114613a20575f5ffd5b9250613a2e604087016134a6565b91506060860135613a3e8161340e565b809150509295509295909350565b5f5f5f60408486031215613a5e575f5ffd5b8335613a698161340e565b9250602084013567ffffffffffffffff811115613a84575f5ffd5b613a90868287016136d0565b9497909650939450505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610ddf57610ddf613a9d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b67ffffffffffffffff8516815283602082015260606040820152816060820152818360808301375f818301608090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019392505050565b600181811c90821680613baf57607f821691505b602082108103613be6577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f60208284031215613bfc575f5ffd5b81518015158114613407575f5ffd5b5f60208284031215613c1b575f5ffd5b81516134078161340e565b67ffffffffffffffff8181168382160190811115610ddf57610ddf613a9d565b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115613c73575f5ffd5b8260051b80858437919091019392505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203613cb657613cb6613a9d565b5060010190565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81833603018112613cef575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613d2c575f5ffd5b83018035915067ffffffffffffffff821115613d46575f5ffd5b6020019150600581901b3603821315613521575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613d90575f5ffd5b83018035915067ffffffffffffffff821115613daa575f5ffd5b602001915036819003821315613521575f5ffd5b8082028115828204841417610ddf57610ddf613a9d565b601f82111561165057805f5260205f20601f840160051c81016020851015613dfa5750805b601f840160051c820191505b8181101561284f575f8155600101613e06565b67ffffffffffffffff831115613e3157613e31613add565b613e4583613e3f8354613b9b565b83613dd5565b5f601f841160018114613e95575f8515613e5f5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b17835561284f565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015613ee25786850135825560209485019460019092019101613ec2565b5086821015613f1d577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b6101008152886101008201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8a1115613f68575f5ffd5b8960051b808c61012085013767ffffffffffffffff8a811660208501528981166040850152881660608401527fffffffff00000000000000000000000000000000000000000000000000000000871660808401528201610120019050613fd660a083018663ffffffff169052565b6fffffffffffffffffffffffffffffffff9390931660c082015260e00152979650505050505050565b5f82614032577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b5f5f85851115614045575f5ffd5b83861115614051575f5ffd5b505082019391909203915056fea26469706673582212200f5f5c020d1e6a134f204cf303e85b514c1245ca5eb5348780d6cf103720c6b564736f6c634300081e0033",
}

// DecryptionOracle is an auto generated Go binding around an Ethereum contract.
type DecryptionOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DecryptionOracle) GetABI() abi.ABI {
	return c.abi
}

// NewDecryptionOracle creates a new instance of DecryptionOracle.
func NewDecryptionOracle() *DecryptionOracle {
	parsed, err := DecryptionOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DecryptionOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DecryptionOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address acl_, address kmsVerifier_, uint128 baseFee, uint128 perHandleFee, uint128 perGasFee) returns()
func (decryptionOracle *DecryptionOracle) PackConstructor(initialOwner common.Address, acl_ common.Address, kmsVerifier_ common.Address, baseFee *big.Int, perHandleFee *big.Int, perGasFee *big.Int) []byte {
	enc, err := decryptionOracle.abi.Pack("", initialOwner, acl_, kmsVerifier_, baseFee, perHandleFee, perGasFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKCALLOVERHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc718959.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_CALL_OVERHEAD() view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackCALLBACKCALLOVERHEAD() []byte {
	enc, err := decryptionOracle.abi.Pack("CALLBACK_CALL_OVERHEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKCALLOVERHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc718959.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_CALL_OVERHEAD() view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackCALLBACKCALLOVERHEAD() ([]byte, error) {
	return decryptionOracle.abi.Pack("CALLBACK_CALL_OVERHEAD")
}

// UnpackCALLBACKCALLOVERHEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc718959.
//
// Solidity: function CALLBACK_CALL_OVERHEAD() view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackCALLBACKCALLOVERHEAD(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("CALLBACK_CALL_OVERHEAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDECRYPTIONRESULTBATCHTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54774c5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DECRYPTION_RESULT_BATCH_TYPEHASH() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) PackDECRYPTIONRESULTBATCHTYPEHASH() []byte {
	enc, err := decryptionOracle.abi.Pack("DECRYPTION_RESULT_BATCH_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDECRYPTIONRESULTBATCHTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54774c5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DECRYPTION_RESULT_BATCH_TYPEHASH() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) TryPackDECRYPTIONRESULTBATCHTYPEHASH() ([]byte, error) {
	return decryptionOracle.abi.Pack("DECRYPTION_RESULT_BATCH_TYPEHASH")
}

// UnpackDECRYPTIONRESULTBATCHTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54774c5a.
//
// Solidity: function DECRYPTION_RESULT_BATCH_TYPEHASH() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) UnpackDECRYPTIONRESULTBATCHTYPEHASH(data []byte) ([32]byte, error) {
	out, err := decryptionOracle.abi.Unpack("DECRYPTION_RESULT_BATCH_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDECRYPTIONRESULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d15c9cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DECRYPTION_RESULT_TYPEHASH() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) PackDECRYPTIONRESULTTYPEHASH() []byte {
	enc, err := decryptionOracle.abi.Pack("DECRYPTION_RESULT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDECRYPTIONRESULTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d15c9cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DECRYPTION_RESULT_TYPEHASH() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) TryPackDECRYPTIONRESULTTYPEHASH() ([]byte, error) {
	return decryptionOracle.abi.Pack("DECRYPTION_RESULT_TYPEHASH")
}

// UnpackDECRYPTIONRESULTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d15c9cf.
//
// Solidity: function DECRYPTION_RESULT_TYPEHASH() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) UnpackDECRYPTIONRESULTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := decryptionOracle.abi.Unpack("DECRYPTION_RESULT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c33215.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackMAXCALLBACKGASLIMIT() []byte {
	enc, err := decryptionOracle.abi.Pack("MAX_CALLBACK_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c33215.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackMAXCALLBACKGASLIMIT() ([]byte, error) {
	return decryptionOracle.abi.Pack("MAX_CALLBACK_GAS_LIMIT")
}

// UnpackMAXCALLBACKGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39c33215.
//
// Solidity: function MAX_CALLBACK_GAS_LIMIT() view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackMAXCALLBACKGASLIMIT(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("MAX_CALLBACK_GAS_LIMIT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DELAY() view returns(uint64)
func (decryptionOracle *DecryptionOracle) PackMAXDELAY() []byte {
	enc, err := decryptionOracle.abi.Pack("MAX_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DELAY() view returns(uint64)
func (decryptionOracle *DecryptionOracle) TryPackMAXDELAY() ([]byte, error) {
	return decryptionOracle.abi.Pack("MAX_DELAY")
}

// UnpackMAXDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4125ff90.
//
// Solidity: function MAX_DELAY() view returns(uint64)
func (decryptionOracle *DecryptionOracle) UnpackMAXDELAY(data []byte) (uint64, error) {
	out, err := decryptionOracle.abi.Unpack("MAX_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXHANDLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9c2adf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_HANDLES() view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackMAXHANDLES() []byte {
	enc, err := decryptionOracle.abi.Pack("MAX_HANDLES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXHANDLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9c2adf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_HANDLES() view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackMAXHANDLES() ([]byte, error) {
	return decryptionOracle.abi.Pack("MAX_HANDLES")
}

// UnpackMAXHANDLES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac9c2adf.
//
// Solidity: function MAX_HANDLES() view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackMAXHANDLES(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("MAX_HANDLES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRESULTSTORAGEGASPERWORD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fc05c26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RESULT_STORAGE_GAS_PER_WORD() view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackRESULTSTORAGEGASPERWORD() []byte {
	enc, err := decryptionOracle.abi.Pack("RESULT_STORAGE_GAS_PER_WORD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRESULTSTORAGEGASPERWORD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fc05c26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RESULT_STORAGE_GAS_PER_WORD() view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackRESULTSTORAGEGASPERWORD() ([]byte, error) {
	return decryptionOracle.abi.Pack("RESULT_STORAGE_GAS_PER_WORD")
}

// UnpackRESULTSTORAGEGASPERWORD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fc05c26.
//
// Solidity: function RESULT_STORAGE_GAS_PER_WORD() view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackRESULTSTORAGEGASPERWORD(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("RESULT_STORAGE_GAS_PER_WORD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) PackSTORAGESLOT() []byte {
	enc, err := decryptionOracle.abi.Pack("STORAGE_SLOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) TryPackSTORAGESLOT() ([]byte, error) {
	return decryptionOracle.abi.Pack("STORAGE_SLOT")
}

// UnpackSTORAGESLOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x517d217e.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) UnpackSTORAGESLOT(data []byte) ([32]byte, error) {
	out, err := decryptionOracle.abi.Unpack("STORAGE_SLOT", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (decryptionOracle *DecryptionOracle) PackAcceptOwnership() []byte {
	enc, err := decryptionOracle.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (decryptionOracle *DecryptionOracle) TryPackAcceptOwnership() ([]byte, error) {
	return decryptionOracle.abi.Pack("acceptOwnership")
}

// PackAcl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde287359.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acl() view returns(address)
func (decryptionOracle *DecryptionOracle) PackAcl() []byte {
	enc, err := decryptionOracle.abi.Pack("acl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde287359.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acl() view returns(address)
func (decryptionOracle *DecryptionOracle) TryPackAcl() ([]byte, error) {
	return decryptionOracle.abi.Pack("acl")
}

// UnpackAcl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde287359.
//
// Solidity: function acl() view returns(address)
func (decryptionOracle *DecryptionOracle) UnpackAcl(data []byte) (common.Address, error) {
	out, err := decryptionOracle.abi.Unpack("acl", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x640f47f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitmentOf(uint256 requestId) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) PackCommitmentOf(requestId *big.Int) []byte {
	enc, err := decryptionOracle.abi.Pack("commitmentOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitmentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x640f47f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitmentOf(uint256 requestId) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) TryPackCommitmentOf(requestId *big.Int) ([]byte, error) {
	return decryptionOracle.abi.Pack("commitmentOf", requestId)
}

// UnpackCommitmentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x640f47f7.
//
// Solidity: function commitmentOf(uint256 requestId) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) UnpackCommitmentOf(data []byte) ([32]byte, error) {
	out, err := decryptionOracle.abi.Unpack("commitmentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackComputeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e57d505.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function computeCommitment(uint256 requestId, bytes32 handlesHash, address requester, uint64 keyEpoch, uint64 signerEpoch, uint64 expiry) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) PackComputeCommitment(requestId *big.Int, handlesHash [32]byte, requester common.Address, keyEpoch uint64, signerEpoch uint64, expiry uint64) []byte {
	enc, err := decryptionOracle.abi.Pack("computeCommitment", requestId, handlesHash, requester, keyEpoch, signerEpoch, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackComputeCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e57d505.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function computeCommitment(uint256 requestId, bytes32 handlesHash, address requester, uint64 keyEpoch, uint64 signerEpoch, uint64 expiry) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) TryPackComputeCommitment(requestId *big.Int, handlesHash [32]byte, requester common.Address, keyEpoch uint64, signerEpoch uint64, expiry uint64) ([]byte, error) {
	return decryptionOracle.abi.Pack("computeCommitment", requestId, handlesHash, requester, keyEpoch, signerEpoch, expiry)
}

// UnpackComputeCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e57d505.
//
// Solidity: function computeCommitment(uint256 requestId, bytes32 handlesHash, address requester, uint64 keyEpoch, uint64 signerEpoch, uint64 expiry) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) UnpackComputeCommitment(data []byte) ([32]byte, error) {
	out, err := decryptionOracle.abi.Unpack("computeCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDecryptionResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf758158e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decryptionResultDigest(uint64 signerEpoch, (uint256,bytes32[],bytes,address)[] results) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) PackDecryptionResultDigest(signerEpoch uint64, results []IDecryptionOracleResult) []byte {
	enc, err := decryptionOracle.abi.Pack("decryptionResultDigest", signerEpoch, results)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecryptionResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf758158e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decryptionResultDigest(uint64 signerEpoch, (uint256,bytes32[],bytes,address)[] results) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) TryPackDecryptionResultDigest(signerEpoch uint64, results []IDecryptionOracleResult) ([]byte, error) {
	return decryptionOracle.abi.Pack("decryptionResultDigest", signerEpoch, results)
}

// UnpackDecryptionResultDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf758158e.
//
// Solidity: function decryptionResultDigest(uint64 signerEpoch, (uint256,bytes32[],bytes,address)[] results) view returns(bytes32)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionResultDigest(data []byte) ([32]byte, error) {
	out, err := decryptionOracle.abi.Unpack("decryptionResultDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) PackDomainSeparator() []byte {
	enc, err := decryptionOracle.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) TryPackDomainSeparator() ([]byte, error) {
	return decryptionOracle.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (decryptionOracle *DecryptionOracle) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := decryptionOracle.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (decryptionOracle *DecryptionOracle) PackEip712Domain() []byte {
	enc, err := decryptionOracle.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (decryptionOracle *DecryptionOracle) TryPackEip712Domain() ([]byte, error) {
	return decryptionOracle.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (decryptionOracle *DecryptionOracle) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := decryptionOracle.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9af1d35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fees() view returns(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee)
func (decryptionOracle *DecryptionOracle) PackFees() []byte {
	enc, err := decryptionOracle.abi.Pack("fees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9af1d35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fees() view returns(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee)
func (decryptionOracle *DecryptionOracle) TryPackFees() ([]byte, error) {
	return decryptionOracle.abi.Pack("fees")
}

// FeesOutput serves as a container for the return parameters of contract
// method Fees.
type FeesOutput struct {
	BaseFee      *big.Int
	PerHandleFee *big.Int
	PerGasFee    *big.Int
}

// UnpackFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9af1d35a.
//
// Solidity: function fees() view returns(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee)
func (decryptionOracle *DecryptionOracle) UnpackFees(data []byte) (FeesOutput, error) {
	out, err := decryptionOracle.abi.Unpack("fees", data)
	outstruct := new(FeesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BaseFee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.PerHandleFee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.PerGasFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFirstRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x803676ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function firstRequestId() view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackFirstRequestId() []byte {
	enc, err := decryptionOracle.abi.Pack("firstRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFirstRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x803676ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function firstRequestId() view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackFirstRequestId() ([]byte, error) {
	return decryptionOracle.abi.Pack("firstRequestId")
}

// UnpackFirstRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x803676ba.
//
// Solidity: function firstRequestId() view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackFirstRequestId(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("firstRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a8b5d5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill(uint256 requestId, bytes cleartexts, address payee, bytes signatures) returns()
func (decryptionOracle *DecryptionOracle) PackFulfill(requestId *big.Int, cleartexts []byte, payee common.Address, signatures []byte) []byte {
	enc, err := decryptionOracle.abi.Pack("fulfill", requestId, cleartexts, payee, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a8b5d5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill(uint256 requestId, bytes cleartexts, address payee, bytes signatures) returns()
func (decryptionOracle *DecryptionOracle) TryPackFulfill(requestId *big.Int, cleartexts []byte, payee common.Address, signatures []byte) ([]byte, error) {
	return decryptionOracle.abi.Pack("fulfill", requestId, cleartexts, payee, signatures)
}

// PackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2067a21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfillBatch(uint64 signerEpoch, uint256[] requestIds, address[] payees, bytes cleartexts, bytes signatures) returns(uint256 fulfilled)
func (decryptionOracle *DecryptionOracle) PackFulfillBatch(signerEpoch uint64, requestIds []*big.Int, payees []common.Address, cleartexts []byte, signatures []byte) []byte {
	enc, err := decryptionOracle.abi.Pack("fulfillBatch", signerEpoch, requestIds, payees, cleartexts, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfillBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2067a21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfillBatch(uint64 signerEpoch, uint256[] requestIds, address[] payees, bytes cleartexts, bytes signatures) returns(uint256 fulfilled)
func (decryptionOracle *DecryptionOracle) TryPackFulfillBatch(signerEpoch uint64, requestIds []*big.Int, payees []common.Address, cleartexts []byte, signatures []byte) ([]byte, error) {
	return decryptionOracle.abi.Pack("fulfillBatch", signerEpoch, requestIds, payees, cleartexts, signatures)
}

// UnpackFulfillBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2067a21.
//
// Solidity: function fulfillBatch(uint64 signerEpoch, uint256[] requestIds, address[] payees, bytes cleartexts, bytes signatures) returns(uint256 fulfilled)
func (decryptionOracle *DecryptionOracle) UnpackFulfillBatch(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("fulfillBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,bytes4,uint32,uint16,uint8,uint64,uint64,uint128,bytes32) req)
func (decryptionOracle *DecryptionOracle) PackGetRequest(requestId *big.Int) []byte {
	enc, err := decryptionOracle.abi.Pack("getRequest", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc58343ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,bytes4,uint32,uint16,uint8,uint64,uint64,uint128,bytes32) req)
func (decryptionOracle *DecryptionOracle) TryPackGetRequest(requestId *big.Int) ([]byte, error) {
	return decryptionOracle.abi.Pack("getRequest", requestId)
}

// UnpackGetRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc58343ef.
//
// Solidity: function getRequest(uint256 requestId) view returns((address,bytes4,uint32,uint16,uint8,uint64,uint64,uint128,bytes32) req)
func (decryptionOracle *DecryptionOracle) UnpackGetRequest(data []byte) (IDecryptionOracleRequest, error) {
	out, err := decryptionOracle.abi.Unpack("getRequest", data)
	if err != nil {
		return *new(IDecryptionOracleRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(IDecryptionOracleRequest)).(*IDecryptionOracleRequest)
	return out0, nil
}

// PackKmsVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ea684d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kmsVerifier() view returns(address)
func (decryptionOracle *DecryptionOracle) PackKmsVerifier() []byte {
	enc, err := decryptionOracle.abi.Pack("kmsVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKmsVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ea684d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kmsVerifier() view returns(address)
func (decryptionOracle *DecryptionOracle) TryPackKmsVerifier() ([]byte, error) {
	return decryptionOracle.abi.Pack("kmsVerifier")
}

// UnpackKmsVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0ea684d.
//
// Solidity: function kmsVerifier() view returns(address)
func (decryptionOracle *DecryptionOracle) UnpackKmsVerifier(data []byte) (common.Address, error) {
	out, err := decryptionOracle.abi.Unpack("kmsVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNextRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a84a985.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextRequestId() view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackNextRequestId() []byte {
	enc, err := decryptionOracle.abi.Pack("nextRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a84a985.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextRequestId() view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackNextRequestId() ([]byte, error) {
	return decryptionOracle.abi.Pack("nextRequestId")
}

// UnpackNextRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a84a985.
//
// Solidity: function nextRequestId() view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackNextRequestId(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("nextRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwedTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8462d661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owedTo(address payee) view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackOwedTo(payee common.Address) []byte {
	enc, err := decryptionOracle.abi.Pack("owedTo", payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwedTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8462d661.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owedTo(address payee) view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackOwedTo(payee common.Address) ([]byte, error) {
	return decryptionOracle.abi.Pack("owedTo", payee)
}

// UnpackOwedTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8462d661.
//
// Solidity: function owedTo(address payee) view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackOwedTo(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("owedTo", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (decryptionOracle *DecryptionOracle) PackOwner() []byte {
	enc, err := decryptionOracle.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (decryptionOracle *DecryptionOracle) TryPackOwner() ([]byte, error) {
	return decryptionOracle.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (decryptionOracle *DecryptionOracle) UnpackOwner(data []byte) (common.Address, error) {
	out, err := decryptionOracle.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (decryptionOracle *DecryptionOracle) PackPendingOwner() []byte {
	enc, err := decryptionOracle.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (decryptionOracle *DecryptionOracle) TryPackPendingOwner() ([]byte, error) {
	return decryptionOracle.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (decryptionOracle *DecryptionOracle) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := decryptionOracle.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 requestId) returns()
func (decryptionOracle *DecryptionOracle) PackRefund(requestId *big.Int) []byte {
	enc, err := decryptionOracle.abi.Pack("refund", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 requestId) returns()
func (decryptionOracle *DecryptionOracle) TryPackRefund(requestId *big.Int) ([]byte, error) {
	return decryptionOracle.abi.Pack("refund", requestId)
}

// PackRefundOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07738ad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundOf(address requester) view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackRefundOf(requester common.Address) []byte {
	enc, err := decryptionOracle.abi.Pack("refundOf", requester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07738ad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundOf(address requester) view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackRefundOf(requester common.Address) ([]byte, error) {
	return decryptionOracle.abi.Pack("refundOf", requester)
}

// UnpackRefundOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07738ad2.
//
// Solidity: function refundOf(address requester) view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackRefundOf(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("refundOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (decryptionOracle *DecryptionOracle) PackRenounceOwnership() []byte {
	enc, err := decryptionOracle.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() view returns()
func (decryptionOracle *DecryptionOracle) TryPackRenounceOwnership() ([]byte, error) {
	return decryptionOracle.abi.Pack("renounceOwnership")
}

// PackRequestDecryption is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe082a63a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestDecryption(bytes32[] handles, bytes4 callbackSelector, uint32 callbackGasLimit, uint64 maxDelay) payable returns(uint256 requestId)
func (decryptionOracle *DecryptionOracle) PackRequestDecryption(handles [][32]byte, callbackSelector [4]byte, callbackGasLimit uint32, maxDelay uint64) []byte {
	enc, err := decryptionOracle.abi.Pack("requestDecryption", handles, callbackSelector, callbackGasLimit, maxDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestDecryption is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe082a63a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestDecryption(bytes32[] handles, bytes4 callbackSelector, uint32 callbackGasLimit, uint64 maxDelay) payable returns(uint256 requestId)
func (decryptionOracle *DecryptionOracle) TryPackRequestDecryption(handles [][32]byte, callbackSelector [4]byte, callbackGasLimit uint32, maxDelay uint64) ([]byte, error) {
	return decryptionOracle.abi.Pack("requestDecryption", handles, callbackSelector, callbackGasLimit, maxDelay)
}

// UnpackRequestDecryption is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe082a63a.
//
// Solidity: function requestDecryption(bytes32[] handles, bytes4 callbackSelector, uint32 callbackGasLimit, uint64 maxDelay) payable returns(uint256 requestId)
func (decryptionOracle *DecryptionOracle) UnpackRequestDecryption(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("requestDecryption", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc6d2e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestFee(uint256 handleCount, uint32 callbackGasLimit) view returns(uint256)
func (decryptionOracle *DecryptionOracle) PackRequestFee(handleCount *big.Int, callbackGasLimit uint32) []byte {
	enc, err := decryptionOracle.abi.Pack("requestFee", handleCount, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5bc6d2e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestFee(uint256 handleCount, uint32 callbackGasLimit) view returns(uint256)
func (decryptionOracle *DecryptionOracle) TryPackRequestFee(handleCount *big.Int, callbackGasLimit uint32) ([]byte, error) {
	return decryptionOracle.abi.Pack("requestFee", handleCount, callbackGasLimit)
}

// UnpackRequestFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5bc6d2e2.
//
// Solidity: function requestFee(uint256 handleCount, uint32 callbackGasLimit) view returns(uint256)
func (decryptionOracle *DecryptionOracle) UnpackRequestFee(data []byte) (*big.Int, error) {
	out, err := decryptionOracle.abi.Unpack("requestFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71bfabca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultOf(uint256 requestId) view returns(bytes cleartexts)
func (decryptionOracle *DecryptionOracle) PackResultOf(requestId *big.Int) []byte {
	enc, err := decryptionOracle.abi.Pack("resultOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71bfabca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultOf(uint256 requestId) view returns(bytes cleartexts)
func (decryptionOracle *DecryptionOracle) TryPackResultOf(requestId *big.Int) ([]byte, error) {
	return decryptionOracle.abi.Pack("resultOf", requestId)
}

// UnpackResultOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71bfabca.
//
// Solidity: function resultOf(uint256 requestId) view returns(bytes cleartexts)
func (decryptionOracle *DecryptionOracle) UnpackResultOf(data []byte) ([]byte, error) {
	out, err := decryptionOracle.abi.Unpack("resultOf", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffd3b62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFees(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee) returns()
func (decryptionOracle *DecryptionOracle) PackSetFees(baseFee *big.Int, perHandleFee *big.Int, perGasFee *big.Int) []byte {
	enc, err := decryptionOracle.abi.Pack("setFees", baseFee, perHandleFee, perGasFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffd3b62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFees(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee) returns()
func (decryptionOracle *DecryptionOracle) TryPackSetFees(baseFee *big.Int, perHandleFee *big.Int, perGasFee *big.Int) ([]byte, error) {
	return decryptionOracle.abi.Pack("setFees", baseFee, perHandleFee, perGasFee)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (decryptionOracle *DecryptionOracle) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := decryptionOracle.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (decryptionOracle *DecryptionOracle) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return decryptionOracle.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) returns()
func (decryptionOracle *DecryptionOracle) PackWithdraw(to common.Address) []byte {
	enc, err := decryptionOracle.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) returns()
func (decryptionOracle *DecryptionOracle) TryPackWithdraw(to common.Address) ([]byte, error) {
	return decryptionOracle.abi.Pack("withdraw", to)
}

// PackWithdrawRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa16c86f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawRefund(address to) returns()
func (decryptionOracle *DecryptionOracle) PackWithdrawRefund(to common.Address) []byte {
	enc, err := decryptionOracle.abi.Pack("withdrawRefund", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa16c86f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawRefund(address to) returns()
func (decryptionOracle *DecryptionOracle) TryPackWithdrawRefund(to common.Address) ([]byte, error) {
	return decryptionOracle.abi.Pack("withdrawRefund", to)
}

// DecryptionOracleCallbackFailed represents a CallbackFailed event raised by the DecryptionOracle contract.
type DecryptionOracleCallbackFailed struct {
	RequestId *big.Int
	Requester common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleCallbackFailedEventName = "CallbackFailed"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleCallbackFailed) ContractEventName() string {
	return DecryptionOracleCallbackFailedEventName
}

// UnpackCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackFailed(uint256 indexed requestId, address indexed requester)
func (decryptionOracle *DecryptionOracle) UnpackCallbackFailedEvent(log *types.Log) (*DecryptionOracleCallbackFailed, error) {
	event := "CallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleCallbackFailed)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleDecryptionFulfilled represents a DecryptionFulfilled event raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionFulfilled struct {
	RequestId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleDecryptionFulfilledEventName = "DecryptionFulfilled"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleDecryptionFulfilled) ContractEventName() string {
	return DecryptionOracleDecryptionFulfilledEventName
}

// UnpackDecryptionFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DecryptionFulfilled(uint256 indexed requestId)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionFulfilledEvent(log *types.Log) (*DecryptionOracleDecryptionFulfilled, error) {
	event := "DecryptionFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleDecryptionFulfilled)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleDecryptionRefunded represents a DecryptionRefunded event raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionRefunded struct {
	RequestId *big.Int
	Requester common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleDecryptionRefundedEventName = "DecryptionRefunded"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleDecryptionRefunded) ContractEventName() string {
	return DecryptionOracleDecryptionRefundedEventName
}

// UnpackDecryptionRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DecryptionRefunded(uint256 indexed requestId, address indexed requester, uint256 amount)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionRefundedEvent(log *types.Log) (*DecryptionOracleDecryptionRefunded, error) {
	event := "DecryptionRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleDecryptionRefunded)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleDecryptionRequested represents a DecryptionRequested event raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionRequested struct {
	RequestId        *big.Int
	Requester        common.Address
	Handles          [][32]byte
	KeyEpoch         uint64
	SignerEpoch      uint64
	Expiry           uint64
	CallbackSelector [4]byte
	CallbackGasLimit uint32
	Fee              *big.Int
	Commitment       [32]byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleDecryptionRequestedEventName = "DecryptionRequested"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleDecryptionRequested) ContractEventName() string {
	return DecryptionOracleDecryptionRequestedEventName
}

// UnpackDecryptionRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DecryptionRequested(uint256 indexed requestId, address indexed requester, bytes32[] handles, uint64 keyEpoch, uint64 signerEpoch, uint64 expiry, bytes4 callbackSelector, uint32 callbackGasLimit, uint256 fee, bytes32 commitment)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionRequestedEvent(log *types.Log) (*DecryptionOracleDecryptionRequested, error) {
	event := "DecryptionRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleDecryptionRequested)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleEIP712DomainChanged represents a EIP712DomainChanged event raised by the DecryptionOracle contract.
type DecryptionOracleEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleEIP712DomainChanged) ContractEventName() string {
	return DecryptionOracleEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (decryptionOracle *DecryptionOracle) UnpackEIP712DomainChangedEvent(log *types.Log) (*DecryptionOracleEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleFeesCredited represents a FeesCredited event raised by the DecryptionOracle contract.
type DecryptionOracleFeesCredited struct {
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleFeesCreditedEventName = "FeesCredited"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleFeesCredited) ContractEventName() string {
	return DecryptionOracleFeesCreditedEventName
}

// UnpackFeesCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesCredited(address indexed payee, uint256 amount)
func (decryptionOracle *DecryptionOracle) UnpackFeesCreditedEvent(log *types.Log) (*DecryptionOracleFeesCredited, error) {
	event := "FeesCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleFeesCredited)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleFeesUpdated represents a FeesUpdated event raised by the DecryptionOracle contract.
type DecryptionOracleFeesUpdated struct {
	BaseFee      *big.Int
	PerHandleFee *big.Int
	PerGasFee    *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleFeesUpdatedEventName = "FeesUpdated"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleFeesUpdated) ContractEventName() string {
	return DecryptionOracleFeesUpdatedEventName
}

// UnpackFeesUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesUpdated(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee)
func (decryptionOracle *DecryptionOracle) UnpackFeesUpdatedEvent(log *types.Log) (*DecryptionOracleFeesUpdated, error) {
	event := "FeesUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleFeesUpdated)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the DecryptionOracle contract.
type DecryptionOracleOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleOwnershipTransferStarted) ContractEventName() string {
	return DecryptionOracleOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (decryptionOracle *DecryptionOracle) UnpackOwnershipTransferStartedEvent(log *types.Log) (*DecryptionOracleOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleOwnershipTransferred represents a OwnershipTransferred event raised by the DecryptionOracle contract.
type DecryptionOracleOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleOwnershipTransferred) ContractEventName() string {
	return DecryptionOracleOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (decryptionOracle *DecryptionOracle) UnpackOwnershipTransferredEvent(log *types.Log) (*DecryptionOracleOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleRefundCredited represents a RefundCredited event raised by the DecryptionOracle contract.
type DecryptionOracleRefundCredited struct {
	RequestId *big.Int
	Requester common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleRefundCreditedEventName = "RefundCredited"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleRefundCredited) ContractEventName() string {
	return DecryptionOracleRefundCreditedEventName
}

// UnpackRefundCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundCredited(uint256 indexed requestId, address indexed requester, uint256 amount)
func (decryptionOracle *DecryptionOracle) UnpackRefundCreditedEvent(log *types.Log) (*DecryptionOracleRefundCredited, error) {
	event := "RefundCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleRefundCredited)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleRefundWithdrawn represents a RefundWithdrawn event raised by the DecryptionOracle contract.
type DecryptionOracleRefundWithdrawn struct {
	Requester common.Address
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleRefundWithdrawnEventName = "RefundWithdrawn"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleRefundWithdrawn) ContractEventName() string {
	return DecryptionOracleRefundWithdrawnEventName
}

// UnpackRefundWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundWithdrawn(address indexed requester, address indexed to, uint256 amount)
func (decryptionOracle *DecryptionOracle) UnpackRefundWithdrawnEvent(log *types.Log) (*DecryptionOracleRefundWithdrawn, error) {
	event := "RefundWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleRefundWithdrawn)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DecryptionOracleWithdrawn represents a Withdrawn event raised by the DecryptionOracle contract.
type DecryptionOracleWithdrawn struct {
	Payee  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const DecryptionOracleWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (DecryptionOracleWithdrawn) ContractEventName() string {
	return DecryptionOracleWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payee, address indexed to, uint256 amount)
func (decryptionOracle *DecryptionOracle) UnpackWithdrawnEvent(log *types.Log) (*DecryptionOracleWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != decryptionOracle.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DecryptionOracleWithdrawn)
	if len(log.Data) > 0 {
		if err := decryptionOracle.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range decryptionOracle.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (decryptionOracle *DecryptionOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleAlreadyFulfilled"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleAlreadyFulfilledError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleAlreadyRefunded"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleAlreadyRefundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleBatchLengthMismatch"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleCallbackGasLimitTooHigh"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleCallbackGasLimitTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleCannotRenounceOwnership"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleCannotRenounceOwnershipError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleEmptyBatch"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleIncorrectFee"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleIncorrectFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleInsufficientGas"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleInvalidCleartextsLength"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleInvalidCleartextsLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleInvalidMaxDelay"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleInvalidMaxDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleMixedKeyEpochs"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleMixedKeyEpochsError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleNoHandles"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleNoHandlesError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleNotAllowed"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleNothingToWithdraw"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleRepeatedHandle"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleRepeatedHandleError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleRequestExpired"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleRequestExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleRequestNotExpired"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleRequestNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleResultNotStored"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleResultNotStoredError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleSignerEpochMismatch"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleSignerEpochMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleTooManyHandles"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleTooManyHandlesError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleTransferFailed"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleUnknownRequest"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["DecryptionOracleZeroAddress"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackDecryptionOracleZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], decryptionOracle.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return decryptionOracle.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DecryptionOracleDecryptionOracleAlreadyFulfilled represents a DecryptionOracleAlreadyFulfilled error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleAlreadyFulfilled struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleAlreadyFulfilled(uint256 requestId)
func DecryptionOracleDecryptionOracleAlreadyFulfilledErrorID() common.Hash {
	return common.HexToHash("0x20e56c68ff658a131fc504ddcae3f86f5388427341c401d954fed950facc12b4")
}

// UnpackDecryptionOracleAlreadyFulfilledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleAlreadyFulfilled(uint256 requestId)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleAlreadyFulfilledError(raw []byte) (*DecryptionOracleDecryptionOracleAlreadyFulfilled, error) {
	out := new(DecryptionOracleDecryptionOracleAlreadyFulfilled)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleAlreadyFulfilled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleAlreadyRefunded represents a DecryptionOracleAlreadyRefunded error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleAlreadyRefunded struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleAlreadyRefunded(uint256 requestId)
func DecryptionOracleDecryptionOracleAlreadyRefundedErrorID() common.Hash {
	return common.HexToHash("0x998ce68a6cfa64ec615c89504bd7a6e793555d77ddf8ee5443be6fd05c220a45")
}

// UnpackDecryptionOracleAlreadyRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleAlreadyRefunded(uint256 requestId)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleAlreadyRefundedError(raw []byte) (*DecryptionOracleDecryptionOracleAlreadyRefunded, error) {
	out := new(DecryptionOracleDecryptionOracleAlreadyRefunded)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleAlreadyRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleBatchLengthMismatch represents a DecryptionOracleBatchLengthMismatch error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleBatchLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleBatchLengthMismatch()
func DecryptionOracleDecryptionOracleBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x99cdb9c5aaa4fbaf0e01f81a9d55c318585d5a48a04764b5b9af51b61930a91f")
}

// UnpackDecryptionOracleBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleBatchLengthMismatch()
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleBatchLengthMismatchError(raw []byte) (*DecryptionOracleDecryptionOracleBatchLengthMismatch, error) {
	out := new(DecryptionOracleDecryptionOracleBatchLengthMismatch)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleBatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleCallbackGasLimitTooHigh represents a DecryptionOracleCallbackGasLimitTooHigh error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleCallbackGasLimitTooHigh struct {
	Given *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleCallbackGasLimitTooHigh(uint256 given, uint256 max)
func DecryptionOracleDecryptionOracleCallbackGasLimitTooHighErrorID() common.Hash {
	return common.HexToHash("0x3e56ffd4adaed83b2085554ed4bb17e8e98433b5f6a10ca083a6078d4a411421")
}

// UnpackDecryptionOracleCallbackGasLimitTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleCallbackGasLimitTooHigh(uint256 given, uint256 max)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleCallbackGasLimitTooHighError(raw []byte) (*DecryptionOracleDecryptionOracleCallbackGasLimitTooHigh, error) {
	out := new(DecryptionOracleDecryptionOracleCallbackGasLimitTooHigh)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleCallbackGasLimitTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleCannotRenounceOwnership represents a DecryptionOracleCannotRenounceOwnership error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleCannotRenounceOwnership struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleCannotRenounceOwnership()
func DecryptionOracleDecryptionOracleCannotRenounceOwnershipErrorID() common.Hash {
	return common.HexToHash("0xfc2f300a1616915e75981d03c8e81c595537b129971593b9f94eb1d54366e00f")
}

// UnpackDecryptionOracleCannotRenounceOwnershipError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleCannotRenounceOwnership()
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleCannotRenounceOwnershipError(raw []byte) (*DecryptionOracleDecryptionOracleCannotRenounceOwnership, error) {
	out := new(DecryptionOracleDecryptionOracleCannotRenounceOwnership)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleCannotRenounceOwnership", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleEmptyBatch represents a DecryptionOracleEmptyBatch error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleEmptyBatch()
func DecryptionOracleDecryptionOracleEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0x9c5b0ae2a2482f05add65d23ffd6af77c5587097f226bdc5a1445f463d69c196")
}

// UnpackDecryptionOracleEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleEmptyBatch()
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleEmptyBatchError(raw []byte) (*DecryptionOracleDecryptionOracleEmptyBatch, error) {
	out := new(DecryptionOracleDecryptionOracleEmptyBatch)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleEmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleIncorrectFee represents a DecryptionOracleIncorrectFee error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleIncorrectFee struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleIncorrectFee(uint256 sent, uint256 required)
func DecryptionOracleDecryptionOracleIncorrectFeeErrorID() common.Hash {
	return common.HexToHash("0x3b4716ab672cc6c49af04a953976460457c448b92611120f341ef2b992098f0c")
}

// UnpackDecryptionOracleIncorrectFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleIncorrectFee(uint256 sent, uint256 required)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleIncorrectFeeError(raw []byte) (*DecryptionOracleDecryptionOracleIncorrectFee, error) {
	out := new(DecryptionOracleDecryptionOracleIncorrectFee)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleIncorrectFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleInsufficientGas represents a DecryptionOracleInsufficientGas error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleInsufficientGas struct {
	Available *big.Int
	Required  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleInsufficientGas(uint256 available, uint256 required)
func DecryptionOracleDecryptionOracleInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x3a9c0ba849cbfc90ce160ff95722667d9e33fe81ba46dba54ade799eca662f62")
}

// UnpackDecryptionOracleInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleInsufficientGas(uint256 available, uint256 required)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleInsufficientGasError(raw []byte) (*DecryptionOracleDecryptionOracleInsufficientGas, error) {
	out := new(DecryptionOracleDecryptionOracleInsufficientGas)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleInsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleInvalidCleartextsLength represents a DecryptionOracleInvalidCleartextsLength error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleInvalidCleartextsLength struct {
	Length   *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleInvalidCleartextsLength(uint256 length, uint256 expected)
func DecryptionOracleDecryptionOracleInvalidCleartextsLengthErrorID() common.Hash {
	return common.HexToHash("0x0a3e9422bac843fbe7afca23e3585ff5e5987c9d5b4a52e779607da565ef9f8d")
}

// UnpackDecryptionOracleInvalidCleartextsLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleInvalidCleartextsLength(uint256 length, uint256 expected)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleInvalidCleartextsLengthError(raw []byte) (*DecryptionOracleDecryptionOracleInvalidCleartextsLength, error) {
	out := new(DecryptionOracleDecryptionOracleInvalidCleartextsLength)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleInvalidCleartextsLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleInvalidMaxDelay represents a DecryptionOracleInvalidMaxDelay error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleInvalidMaxDelay struct {
	Given uint64
	Max   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleInvalidMaxDelay(uint64 given, uint64 max)
func DecryptionOracleDecryptionOracleInvalidMaxDelayErrorID() common.Hash {
	return common.HexToHash("0x1042e0a00b981750546a454acb13d6425fafb23dcedc60db33414c4513dd6250")
}

// UnpackDecryptionOracleInvalidMaxDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleInvalidMaxDelay(uint64 given, uint64 max)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleInvalidMaxDelayError(raw []byte) (*DecryptionOracleDecryptionOracleInvalidMaxDelay, error) {
	out := new(DecryptionOracleDecryptionOracleInvalidMaxDelay)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleInvalidMaxDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleMixedKeyEpochs represents a DecryptionOracleMixedKeyEpochs error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleMixedKeyEpochs struct {
	Handle        [32]byte
	KeyEpoch      uint64
	FirstKeyEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleMixedKeyEpochs(bytes32 handle, uint64 keyEpoch, uint64 firstKeyEpoch)
func DecryptionOracleDecryptionOracleMixedKeyEpochsErrorID() common.Hash {
	return common.HexToHash("0x9f2edc2e3a7771ba33e319ce85882b6b9fdca68f5fb1f6f5b9bdda2862f38522")
}

// UnpackDecryptionOracleMixedKeyEpochsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleMixedKeyEpochs(bytes32 handle, uint64 keyEpoch, uint64 firstKeyEpoch)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleMixedKeyEpochsError(raw []byte) (*DecryptionOracleDecryptionOracleMixedKeyEpochs, error) {
	out := new(DecryptionOracleDecryptionOracleMixedKeyEpochs)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleMixedKeyEpochs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleNoHandles represents a DecryptionOracleNoHandles error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleNoHandles struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleNoHandles()
func DecryptionOracleDecryptionOracleNoHandlesErrorID() common.Hash {
	return common.HexToHash("0x0d984d8d1980fc430fce8d5013b6687697841c56159938ab5622350c9a36dd77")
}

// UnpackDecryptionOracleNoHandlesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleNoHandles()
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleNoHandlesError(raw []byte) (*DecryptionOracleDecryptionOracleNoHandles, error) {
	out := new(DecryptionOracleDecryptionOracleNoHandles)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleNoHandles", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleNotAllowed represents a DecryptionOracleNotAllowed error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleNotAllowed struct {
	Handle    [32]byte
	Requester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleNotAllowed(bytes32 handle, address requester)
func DecryptionOracleDecryptionOracleNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x1def07b42100d40e80726b5c9c31844109a9bfd77472ff4b1a217838657be2d2")
}

// UnpackDecryptionOracleNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleNotAllowed(bytes32 handle, address requester)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleNotAllowedError(raw []byte) (*DecryptionOracleDecryptionOracleNotAllowed, error) {
	out := new(DecryptionOracleDecryptionOracleNotAllowed)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleNothingToWithdraw represents a DecryptionOracleNothingToWithdraw error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleNothingToWithdraw(address account)
func DecryptionOracleDecryptionOracleNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0x31e2d0229f388dba1ad489428006e114c85f212510344856d28a8d5bc17034c3")
}

// UnpackDecryptionOracleNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleNothingToWithdraw(address account)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleNothingToWithdrawError(raw []byte) (*DecryptionOracleDecryptionOracleNothingToWithdraw, error) {
	out := new(DecryptionOracleDecryptionOracleNothingToWithdraw)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleNothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleRepeatedHandle represents a DecryptionOracleRepeatedHandle error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleRepeatedHandle struct {
	Handle [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleRepeatedHandle(bytes32 handle)
func DecryptionOracleDecryptionOracleRepeatedHandleErrorID() common.Hash {
	return common.HexToHash("0xbc87584ba9f3fba08e4cc189f02adb6d92e7aa7031fb084bc3f0b67d5d4c4ad8")
}

// UnpackDecryptionOracleRepeatedHandleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleRepeatedHandle(bytes32 handle)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleRepeatedHandleError(raw []byte) (*DecryptionOracleDecryptionOracleRepeatedHandle, error) {
	out := new(DecryptionOracleDecryptionOracleRepeatedHandle)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleRepeatedHandle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleRequestExpired represents a DecryptionOracleRequestExpired error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleRequestExpired struct {
	RequestId *big.Int
	Expiry    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleRequestExpired(uint256 requestId, uint64 expiry)
func DecryptionOracleDecryptionOracleRequestExpiredErrorID() common.Hash {
	return common.HexToHash("0xf8d5dfac9145f5aa56a5e0590cf675bacca4a0b2740cfa68c8fce6dc46b3f6a0")
}

// UnpackDecryptionOracleRequestExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleRequestExpired(uint256 requestId, uint64 expiry)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleRequestExpiredError(raw []byte) (*DecryptionOracleDecryptionOracleRequestExpired, error) {
	out := new(DecryptionOracleDecryptionOracleRequestExpired)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleRequestExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleRequestNotExpired represents a DecryptionOracleRequestNotExpired error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleRequestNotExpired struct {
	RequestId *big.Int
	Expiry    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleRequestNotExpired(uint256 requestId, uint64 expiry)
func DecryptionOracleDecryptionOracleRequestNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x76db5fb46fffad7d3a9701f5fbca463a331e4b3550cbf2b70f109cfef9ad3e32")
}

// UnpackDecryptionOracleRequestNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleRequestNotExpired(uint256 requestId, uint64 expiry)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleRequestNotExpiredError(raw []byte) (*DecryptionOracleDecryptionOracleRequestNotExpired, error) {
	out := new(DecryptionOracleDecryptionOracleRequestNotExpired)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleRequestNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleResultNotStored represents a DecryptionOracleResultNotStored error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleResultNotStored struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleResultNotStored(uint256 requestId)
func DecryptionOracleDecryptionOracleResultNotStoredErrorID() common.Hash {
	return common.HexToHash("0x81f7f867e474f3e71f2d27f3858d084c7aa43e646ac7e1ee85f7f766b6a01a2d")
}

// UnpackDecryptionOracleResultNotStoredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleResultNotStored(uint256 requestId)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleResultNotStoredError(raw []byte) (*DecryptionOracleDecryptionOracleResultNotStored, error) {
	out := new(DecryptionOracleDecryptionOracleResultNotStored)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleResultNotStored", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleSignerEpochMismatch represents a DecryptionOracleSignerEpochMismatch error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleSignerEpochMismatch struct {
	RequestId    *big.Int
	RequestEpoch uint64
	BatchEpoch   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleSignerEpochMismatch(uint256 requestId, uint64 requestEpoch, uint64 batchEpoch)
func DecryptionOracleDecryptionOracleSignerEpochMismatchErrorID() common.Hash {
	return common.HexToHash("0xaa6c011fd06b5f569244486fc12a8e1e3f307a053a4961f39414072ef6fe401c")
}

// UnpackDecryptionOracleSignerEpochMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleSignerEpochMismatch(uint256 requestId, uint64 requestEpoch, uint64 batchEpoch)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleSignerEpochMismatchError(raw []byte) (*DecryptionOracleDecryptionOracleSignerEpochMismatch, error) {
	out := new(DecryptionOracleDecryptionOracleSignerEpochMismatch)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleSignerEpochMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleTooManyHandles represents a DecryptionOracleTooManyHandles error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleTooManyHandles struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleTooManyHandles(uint256 count, uint256 max)
func DecryptionOracleDecryptionOracleTooManyHandlesErrorID() common.Hash {
	return common.HexToHash("0x12de3421139419d260fb52b4bf6a6b4ac443d2bede3d813865f7a1d1a0c5594d")
}

// UnpackDecryptionOracleTooManyHandlesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleTooManyHandles(uint256 count, uint256 max)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleTooManyHandlesError(raw []byte) (*DecryptionOracleDecryptionOracleTooManyHandles, error) {
	out := new(DecryptionOracleDecryptionOracleTooManyHandles)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleTooManyHandles", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleTransferFailed represents a DecryptionOracleTransferFailed error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleTransferFailed(address to, uint256 amount)
func DecryptionOracleDecryptionOracleTransferFailedErrorID() common.Hash {
	return common.HexToHash("0xf091ad4969b319201d470f9ecbcc6379da3b9ab57115fd1009796f4248292f84")
}

// UnpackDecryptionOracleTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleTransferFailed(address to, uint256 amount)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleTransferFailedError(raw []byte) (*DecryptionOracleDecryptionOracleTransferFailed, error) {
	out := new(DecryptionOracleDecryptionOracleTransferFailed)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleUnknownRequest represents a DecryptionOracleUnknownRequest error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleUnknownRequest(uint256 requestId)
func DecryptionOracleDecryptionOracleUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x7e7d2f2bbc960701801a3b42045a89061f32fd15d68036a314306971c9bb9f31")
}

// UnpackDecryptionOracleUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleUnknownRequest(uint256 requestId)
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleUnknownRequestError(raw []byte) (*DecryptionOracleDecryptionOracleUnknownRequest, error) {
	out := new(DecryptionOracleDecryptionOracleUnknownRequest)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleUnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleDecryptionOracleZeroAddress represents a DecryptionOracleZeroAddress error raised by the DecryptionOracle contract.
type DecryptionOracleDecryptionOracleZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DecryptionOracleZeroAddress()
func DecryptionOracleDecryptionOracleZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd74377e76216aa81e971ddcc70dd844ed30e65c542925fec085774019ac48cb3")
}

// UnpackDecryptionOracleZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DecryptionOracleZeroAddress()
func (decryptionOracle *DecryptionOracle) UnpackDecryptionOracleZeroAddressError(raw []byte) (*DecryptionOracleDecryptionOracleZeroAddress, error) {
	out := new(DecryptionOracleDecryptionOracleZeroAddress)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "DecryptionOracleZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleInvalidShortString represents a InvalidShortString error raised by the DecryptionOracle contract.
type DecryptionOracleInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DecryptionOracleInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (decryptionOracle *DecryptionOracle) UnpackInvalidShortStringError(raw []byte) (*DecryptionOracleInvalidShortString, error) {
	out := new(DecryptionOracleInvalidShortString)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the DecryptionOracle contract.
type DecryptionOracleOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func DecryptionOracleOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (decryptionOracle *DecryptionOracle) UnpackOwnableInvalidOwnerError(raw []byte) (*DecryptionOracleOwnableInvalidOwner, error) {
	out := new(DecryptionOracleOwnableInvalidOwner)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the DecryptionOracle contract.
type DecryptionOracleOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func DecryptionOracleOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (decryptionOracle *DecryptionOracle) UnpackOwnableUnauthorizedAccountError(raw []byte) (*DecryptionOracleOwnableUnauthorizedAccount, error) {
	out := new(DecryptionOracleOwnableUnauthorizedAccount)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DecryptionOracle contract.
type DecryptionOracleReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DecryptionOracleReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (decryptionOracle *DecryptionOracle) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DecryptionOracleReentrancyGuardReentrantCall, error) {
	out := new(DecryptionOracleReentrancyGuardReentrantCall)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DecryptionOracle contract.
type DecryptionOracleSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DecryptionOracleSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (decryptionOracle *DecryptionOracle) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DecryptionOracleSafeCastOverflowedUintDowncast, error) {
	out := new(DecryptionOracleSafeCastOverflowedUintDowncast)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DecryptionOracleStringTooLong represents a StringTooLong error raised by the DecryptionOracle contract.
type DecryptionOracleStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DecryptionOracleStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (decryptionOracle *DecryptionOracle) UnpackStringTooLongError(raw []byte) (*DecryptionOracleStringTooLong, error) {
	out := new(DecryptionOracleStringTooLong)
	if err := decryptionOracle.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptedVaultMetaData contains all meta data concerning the EncryptedVault contract.
var EncryptedVaultMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"config\",\"type\":\"tuple\",\"internalType\":\"structTKMS.TKMSConfig\",\"components\":[{\"name\":\"acl\",\"type\":\"address\",\"internalType\":\"contractIACL\"},{\"name\":\"inputVerifier\",\"type\":\"address\",\"internalType\":\"contractIInputVerifier\"},{\"name\":\"decryptionOracle\",\"type\":\"address\",\"internalType\":\"contractIDecryptionOracle\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"canRead\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reader\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"replace\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"secrets\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"share\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reader\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"store\",\"inputs\":[{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"SecretReplaced\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"oldHandle\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"newHandle\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SecretShared\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"reader\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"handle\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SecretStored\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"handle\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"EncryptedVaultNotOwner\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EncryptedVaultUnknownSecret\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TKMSCleartextIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TKMSIncorrectFee\",\"inputs\":[{\"name\":\"given\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TKMSOnlyDecryptionOracle\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TKMSUnexpectedPayment\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TKMSZeroAddress\",\"inputs\":[]}]",
	ID:  "EncryptedVault",
	Bin: "0x60e060405260015f55348015610013575f5ffd5b50604051610b94380380610b94833981016040819052610032916100cb565b805181906001600160a01b03161580610056575060208101516001600160a01b0316155b8061006c575060408101516001600160a01b0316155b1561008a57604051631b6bbf4760e31b815260040160405180910390fd5b80516001600160a01b039081166080526020820151811660a0526040909101511660c05250610148565b6001600160a01b03811681146100c8575f5ffd5b50565b5f60608284031280156100dc575f5ffd5b50604051606081016001600160401b038111828210171561010b57634e487b7160e01b5f52604160045260245ffd5b6040528251610119816100b4565b81526020830151610129816100b4565b6020820152604083015161013c816100b4565b60408201529392505050565b60805160a05160c051610a1561017f5f395f608301525f61073901525f8181610331015281816103dc015261069f0152610a155ff3fe608060405260043610610066575f3560e01c8063b374012b11610041578063b374012b1461015c578063d2758dd21461017b578063de9702a41461019a575f5ffd5b8063154e6636146100e75780633cd1f0f71461010657806361b8ce8c1461013a575f5ffd5b366100e3573373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146100e1576040517f32e7289a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b005b5f5ffd5b3480156100f2575f5ffd5b506100e16101013660046107b2565b610211565b348015610111575f5ffd5b506101256101203660046107b2565b610281565b60405190151581526020015b60405180910390f35b348015610145575f5ffd5b5061014e5f5481565b604051908152602001610131565b348015610167575f5ffd5b5061014e61017636600461083d565b610462565b348015610186575f5ffd5b506100e161019536600461087c565b61052c565b3480156101a5575f5ffd5b506101e56101b43660046108c4565b600160208190525f9182526040909120805491015473ffffffffffffffffffffffffffffffffffffffff9091169082565b6040805173ffffffffffffffffffffffffffffffffffffffff9093168352602083019190915201610131565b5f61021b83610597565b60010154905061022b8183610653565b8173ffffffffffffffffffffffffffffffffffffffff16837fb6fe1f479659da5efce27a547f5d4f2727039b21a34ceb77f7b43500c97862788360405161027491815260200190565b60405180910390a3505050565b5f828152600160205260408120805473ffffffffffffffffffffffffffffffffffffffff166102df576040517f66437458000000000000000000000000000000000000000000000000000000008152600481018590526024016100d8565b60018101546040517f82027b6d000000000000000000000000000000000000000000000000000000008152600481019190915273ffffffffffffffffffffffffffffffffffffffff84811660248301527f000000000000000000000000000000000000000000000000000000000000000016906382027b6d90604401602060405180830381865afa158015610376573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061039a91906108db565b801561045a575060018101546040517f82027b6d00000000000000000000000000000000000000000000000000000000815260048101919091523060248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906382027b6d90604401602060405180830381865afa158015610436573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045a91906108db565b949350505050565b5f5f61046f8484336106fa565b5f80549192508061047f83610901565b909155506040805180820182523380825260208083018681525f868152600180845290869020945185547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff90911617855590519301929092559151848152929450909184917f5bfc91218677ae7f0dd35c5132dcad9872017d88895c2a12979fe801b8daf5ee910160405180910390a35092915050565b5f61053684610597565b60018101549091505f61054a8585336106fa565b60018401819055604080518481526020810183905291925087917f490b5dae0cfabb3f052c72cdb4e8a67f65bf69c769568e41f167ca4299bb72ad910160405180910390a2505050505050565b5f818152600160205260409020805473ffffffffffffffffffffffffffffffffffffffff166105f5576040517f66437458000000000000000000000000000000000000000000000000000000008152600481018390526024016100d8565b805473ffffffffffffffffffffffffffffffffffffffff16331461064e576040517f98d87d79000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044016100d8565b919050565b6040517fb9496b620000000000000000000000000000000000000000000000000000000081526004810183905273ffffffffffffffffffffffffffffffffffffffff82811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063b9496b62906044015f604051808303815f87803b1580156106e0575f5ffd5b505af11580156106f2573d5f5f3e3d5ffd5b505050505050565b6040517fe1a611c90000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063e1a611c9906107729087908790879060040161095d565b6020604051808303815f875af115801561078e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045a91906109c8565b5f5f604083850312156107c3575f5ffd5b82359150602083013573ffffffffffffffffffffffffffffffffffffffff811681146107ed575f5ffd5b809150509250929050565b5f5f83601f840112610808575f5ffd5b50813567ffffffffffffffff81111561081f575f5ffd5b602083019150836020828501011115610836575f5ffd5b9250929050565b5f5f6020838503121561084e575f5ffd5b823567ffffffffffffffff811115610864575f5ffd5b610870858286016107f8565b90969095509350505050565b5f5f5f6040848603121561088e575f5ffd5b83359250602084013567ffffffffffffffff8111156108ab575f5ffd5b6108b7868287016107f8565b9497909650939450505050565b5f602082840312156108d4575f5ffd5b5035919050565b5f602082840312156108eb575f5ffd5b815180151581146108fa575f5ffd5b9392505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610956577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b60408152826040820152828460608301375f606084830101525f60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f860116830101905073ffffffffffffffffffffffffffffffffffffffff83166020830152949350505050565b5f602082840312156109d8575f5ffd5b505191905056fea2646970667358221220190f53e722be49109b12871f8f2cfe72899bd56401b4bc9b8d9851fdb1b2e2f664736f6c634300081e0033",
}

// EncryptedVault is an auto generated Go binding around an Ethereum contract.
type EncryptedVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EncryptedVault) GetABI() abi.ABI {
	return c.abi
}

// NewEncryptedVault creates a new instance of EncryptedVault.
func NewEncryptedVault() *EncryptedVault {
	parsed, err := EncryptedVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EncryptedVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EncryptedVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,address) config) returns()
func (encryptedVault *EncryptedVault) PackConstructor(config TKMSTKMSConfig) []byte {
	enc, err := encryptedVault.abi.Pack("", config)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCanRead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cd1f0f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canRead(uint256 id, address reader) view returns(bool)
func (encryptedVault *EncryptedVault) PackCanRead(id *big.Int, reader common.Address) []byte {
	enc, err := encryptedVault.abi.Pack("canRead", id, reader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanRead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cd1f0f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canRead(uint256 id, address reader) view returns(bool)
func (encryptedVault *EncryptedVault) TryPackCanRead(id *big.Int, reader common.Address) ([]byte, error) {
	return encryptedVault.abi.Pack("canRead", id, reader)
}

// UnpackCanRead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cd1f0f7.
//
// Solidity: function canRead(uint256 id, address reader) view returns(bool)
func (encryptedVault *EncryptedVault) UnpackCanRead(data []byte) (bool, error) {
	out, err := encryptedVault.abi.Unpack("canRead", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextId() view returns(uint256)
func (encryptedVault *EncryptedVault) PackNextId() []byte {
	enc, err := encryptedVault.abi.Pack("nextId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextId() view returns(uint256)
func (encryptedVault *EncryptedVault) TryPackNextId() ([]byte, error) {
	return encryptedVault.abi.Pack("nextId")
}

// UnpackNextId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b8ce8c.
//
// Solidity: function nextId() view returns(uint256)
func (encryptedVault *EncryptedVault) UnpackNextId(data []byte) (*big.Int, error) {
	out, err := encryptedVault.abi.Unpack("nextId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReplace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2758dd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function replace(uint256 id, bytes ciphertext) returns()
func (encryptedVault *EncryptedVault) PackReplace(id *big.Int, ciphertext []byte) []byte {
	enc, err := encryptedVault.abi.Pack("replace", id, ciphertext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReplace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2758dd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function replace(uint256 id, bytes ciphertext) returns()
func (encryptedVault *EncryptedVault) TryPackReplace(id *big.Int, ciphertext []byte) ([]byte, error) {
	return encryptedVault.abi.Pack("replace", id, ciphertext)
}

// PackSecrets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde9702a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function secrets(uint256 id) view returns(address owner, bytes32 handle)
func (encryptedVault *EncryptedVault) PackSecrets(id *big.Int) []byte {
	enc, err := encryptedVault.abi.Pack("secrets", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSecrets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde9702a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function secrets(uint256 id) view returns(address owner, bytes32 handle)
func (encryptedVault *EncryptedVault) TryPackSecrets(id *big.Int) ([]byte, error) {
	return encryptedVault.abi.Pack("secrets", id)
}

// SecretsOutput serves as a container for the return parameters of contract
// method Secrets.
type SecretsOutput struct {
	Owner  common.Address
	Handle [32]byte
}

// UnpackSecrets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde9702a4.
//
// Solidity: function secrets(uint256 id) view returns(address owner, bytes32 handle)
func (encryptedVault *EncryptedVault) UnpackSecrets(data []byte) (SecretsOutput, error) {
	out, err := encryptedVault.abi.Unpack("secrets", data)
	outstruct := new(SecretsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Handle = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x154e6636.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function share(uint256 id, address reader) returns()
func (encryptedVault *EncryptedVault) PackShare(id *big.Int, reader common.Address) []byte {
	enc, err := encryptedVault.abi.Pack("share", id, reader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x154e6636.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function share(uint256 id, address reader) returns()
func (encryptedVault *EncryptedVault) TryPackShare(id *big.Int, reader common.Address) ([]byte, error) {
	return encryptedVault.abi.Pack("share", id, reader)
}

// PackStore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb374012b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function store(bytes ciphertext) returns(uint256 id)
func (encryptedVault *EncryptedVault) PackStore(ciphertext []byte) []byte {
	enc, err := encryptedVault.abi.Pack("store", ciphertext)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb374012b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function store(bytes ciphertext) returns(uint256 id)
func (encryptedVault *EncryptedVault) TryPackStore(ciphertext []byte) ([]byte, error) {
	return encryptedVault.abi.Pack("store", ciphertext)
}

// UnpackStore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb374012b.
//
// Solidity: function store(bytes ciphertext) returns(uint256 id)
func (encryptedVault *EncryptedVault) UnpackStore(data []byte) (*big.Int, error) {
	out, err := encryptedVault.abi.Unpack("store", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// EncryptedVaultSecretReplaced represents a SecretReplaced event raised by the EncryptedVault contract.
type EncryptedVaultSecretReplaced struct {
	Id        *big.Int
	OldHandle [32]byte
	NewHandle [32]byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const EncryptedVaultSecretReplacedEventName = "SecretReplaced"

// ContractEventName returns the user-defined event name.
func (EncryptedVaultSecretReplaced) ContractEventName() string {
	return EncryptedVaultSecretReplacedEventName
}

// UnpackSecretReplacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SecretReplaced(uint256 indexed id, bytes32 oldHandle, bytes32 newHandle)
func (encryptedVault *EncryptedVault) UnpackSecretReplacedEvent(log *types.Log) (*EncryptedVaultSecretReplaced, error) {
	event := "SecretReplaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != encryptedVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EncryptedVaultSecretReplaced)
	if len(log.Data) > 0 {
		if err := encryptedVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range encryptedVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EncryptedVaultSecretShared represents a SecretShared event raised by the EncryptedVault contract.
type EncryptedVaultSecretShared struct {
	Id     *big.Int
	Reader common.Address
	Handle [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const EncryptedVaultSecretSharedEventName = "SecretShared"

// ContractEventName returns the user-defined event name.
func (EncryptedVaultSecretShared) ContractEventName() string {
	return EncryptedVaultSecretSharedEventName
}

// UnpackSecretSharedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SecretShared(uint256 indexed id, address indexed reader, bytes32 handle)
func (encryptedVault *EncryptedVault) UnpackSecretSharedEvent(log *types.Log) (*EncryptedVaultSecretShared, error) {
	event := "SecretShared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != encryptedVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EncryptedVaultSecretShared)
	if len(log.Data) > 0 {
		if err := encryptedVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range encryptedVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// EncryptedVaultSecretStored represents a SecretStored event raised by the EncryptedVault contract.
type EncryptedVaultSecretStored struct {
	Id     *big.Int
	Owner  common.Address
	Handle [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const EncryptedVaultSecretStoredEventName = "SecretStored"

// ContractEventName returns the user-defined event name.
func (EncryptedVaultSecretStored) ContractEventName() string {
	return EncryptedVaultSecretStoredEventName
}

// UnpackSecretStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SecretStored(uint256 indexed id, address indexed owner, bytes32 handle)
func (encryptedVault *EncryptedVault) UnpackSecretStoredEvent(log *types.Log) (*EncryptedVaultSecretStored, error) {
	event := "SecretStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != encryptedVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EncryptedVaultSecretStored)
	if len(log.Data) > 0 {
		if err := encryptedVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range encryptedVault.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (encryptedVault *EncryptedVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], encryptedVault.abi.Errors["EncryptedVaultNotOwner"].ID.Bytes()[:4]) {
		return encryptedVault.UnpackEncryptedVaultNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], encryptedVault.abi.Errors["EncryptedVaultUnknownSecret"].ID.Bytes()[:4]) {
		return encryptedVault.UnpackEncryptedVaultUnknownSecretError(raw[4:])
	}
	if bytes.Equal(raw[:4], encryptedVault.abi.Errors["TKMSCleartextIndexOutOfRange"].ID.Bytes()[:4]) {
		return encryptedVault.UnpackTKMSCleartextIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], encryptedVault.abi.Errors["TKMSIncorrectFee"].ID.Bytes()[:4]) {
		return encryptedVault.UnpackTKMSIncorrectFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], encryptedVault.abi.Errors["TKMSOnlyDecryptionOracle"].ID.Bytes()[:4]) {
		return encryptedVault.UnpackTKMSOnlyDecryptionOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], encryptedVault.abi.Errors["TKMSUnexpectedPayment"].ID.Bytes()[:4]) {
		return encryptedVault.UnpackTKMSUnexpectedPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], encryptedVault.abi.Errors["TKMSZeroAddress"].ID.Bytes()[:4]) {
		return encryptedVault.UnpackTKMSZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EncryptedVaultEncryptedVaultNotOwner represents a EncryptedVaultNotOwner error raised by the EncryptedVault contract.
type EncryptedVaultEncryptedVaultNotOwner struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EncryptedVaultNotOwner(uint256 id, address caller)
func EncryptedVaultEncryptedVaultNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x98d87d793b1ff4ab7a1b333deae9ab424cb1103fc99a70ca33fc3a7bc5d8df18")
}

// UnpackEncryptedVaultNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EncryptedVaultNotOwner(uint256 id, address caller)
func (encryptedVault *EncryptedVault) UnpackEncryptedVaultNotOwnerError(raw []byte) (*EncryptedVaultEncryptedVaultNotOwner, error) {
	out := new(EncryptedVaultEncryptedVaultNotOwner)
	if err := encryptedVault.abi.UnpackIntoInterface(out, "EncryptedVaultNotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptedVaultEncryptedVaultUnknownSecret represents a EncryptedVaultUnknownSecret error raised by the EncryptedVault contract.
type EncryptedVaultEncryptedVaultUnknownSecret struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EncryptedVaultUnknownSecret(uint256 id)
func EncryptedVaultEncryptedVaultUnknownSecretErrorID() common.Hash {
	return common.HexToHash("0x66437458ca1c683e5ab36ed54cc204af65a465fa86002410a235e7ac6ba77623")
}

// UnpackEncryptedVaultUnknownSecretError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EncryptedVaultUnknownSecret(uint256 id)
func (encryptedVault *EncryptedVault) UnpackEncryptedVaultUnknownSecretError(raw []byte) (*EncryptedVaultEncryptedVaultUnknownSecret, error) {
	out := new(EncryptedVaultEncryptedVaultUnknownSecret)
	if err := encryptedVault.abi.UnpackIntoInterface(out, "EncryptedVaultUnknownSecret", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptedVaultTKMSCleartextIndexOutOfRange represents a TKMSCleartextIndexOutOfRange error raised by the EncryptedVault contract.
type EncryptedVaultTKMSCleartextIndexOutOfRange struct {
	Index *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSCleartextIndexOutOfRange(uint256 index, uint256 count)
func EncryptedVaultTKMSCleartextIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xda9bf5350964b3f72adebd6d7d0257ebf2698be03b5210168d78ae25323df96a")
}

// UnpackTKMSCleartextIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSCleartextIndexOutOfRange(uint256 index, uint256 count)
func (encryptedVault *EncryptedVault) UnpackTKMSCleartextIndexOutOfRangeError(raw []byte) (*EncryptedVaultTKMSCleartextIndexOutOfRange, error) {
	out := new(EncryptedVaultTKMSCleartextIndexOutOfRange)
	if err := encryptedVault.abi.UnpackIntoInterface(out, "TKMSCleartextIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptedVaultTKMSIncorrectFee represents a TKMSIncorrectFee error raised by the EncryptedVault contract.
type EncryptedVaultTKMSIncorrectFee struct {
	Given    *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSIncorrectFee(uint256 given, uint256 required)
func EncryptedVaultTKMSIncorrectFeeErrorID() common.Hash {
	return common.HexToHash("0x64c4026be28b9fceef5b1b5820bc189f34bd5fefccf549b654675d72a725fa3c")
}

// UnpackTKMSIncorrectFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSIncorrectFee(uint256 given, uint256 required)
func (encryptedVault *EncryptedVault) UnpackTKMSIncorrectFeeError(raw []byte) (*EncryptedVaultTKMSIncorrectFee, error) {
	out := new(EncryptedVaultTKMSIncorrectFee)
	if err := encryptedVault.abi.UnpackIntoInterface(out, "TKMSIncorrectFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptedVaultTKMSOnlyDecryptionOracle represents a TKMSOnlyDecryptionOracle error raised by the EncryptedVault contract.
type EncryptedVaultTKMSOnlyDecryptionOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSOnlyDecryptionOracle(address caller)
func EncryptedVaultTKMSOnlyDecryptionOracleErrorID() common.Hash {
	return common.HexToHash("0xdb4ad5af8b0d8118183cbd88567daaec7ec2af5880f86d0243ac44ff7a4ab582")
}

// UnpackTKMSOnlyDecryptionOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSOnlyDecryptionOracle(address caller)
func (encryptedVault *EncryptedVault) UnpackTKMSOnlyDecryptionOracleError(raw []byte) (*EncryptedVaultTKMSOnlyDecryptionOracle, error) {
	out := new(EncryptedVaultTKMSOnlyDecryptionOracle)
	if err := encryptedVault.abi.UnpackIntoInterface(out, "TKMSOnlyDecryptionOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptedVaultTKMSUnexpectedPayment represents a TKMSUnexpectedPayment error raised by the EncryptedVault contract.
type EncryptedVaultTKMSUnexpectedPayment struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSUnexpectedPayment(address sender)
func EncryptedVaultTKMSUnexpectedPaymentErrorID() common.Hash {
	return common.HexToHash("0x32e7289aa6a12305c0c1c690001f3e50dafc11e1a44720e868e5cdc7a02e7ad2")
}

// UnpackTKMSUnexpectedPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSUnexpectedPayment(address sender)
func (encryptedVault *EncryptedVault) UnpackTKMSUnexpectedPaymentError(raw []byte) (*EncryptedVaultTKMSUnexpectedPayment, error) {
	out := new(EncryptedVaultTKMSUnexpectedPayment)
	if err := encryptedVault.abi.UnpackIntoInterface(out, "TKMSUnexpectedPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptedVaultTKMSZeroAddress represents a TKMSZeroAddress error raised by the EncryptedVault contract.
type EncryptedVaultTKMSZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSZeroAddress()
func EncryptedVaultTKMSZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xdb5dfa380bcf16c8284d9e1b0f03c36e95ea3f5f796fe9ad2aaf2ffe2d8e1187")
}

// UnpackTKMSZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSZeroAddress()
func (encryptedVault *EncryptedVault) UnpackTKMSZeroAddressError(raw []byte) (*EncryptedVaultTKMSZeroAddress, error) {
	out := new(EncryptedVaultTKMSZeroAddress)
	if err := encryptedVault.abi.UnpackIntoInterface(out, "TKMSZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierMetaData contains all meta data concerning the InputVerifier contract.
var InputVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"acl_\",\"type\":\"address\",\"internalType\":\"contractIACL\"},{\"name\":\"kmsVerifier_\",\"type\":\"address\",\"internalType\":\"contractIKMSVerifier\"},{\"name\":\"keyEpoch_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"publicKey_\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"proofCheckEnabled_\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"LABEL_SIZE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PUBLIC_KEY_UPDATE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"STORAGE_SLOT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acl\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIACL\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"keyEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"kmsVerifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIKMSVerifier\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proofCheckEnabled\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publicKey\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publicKeyUpdateDigest\",\"inputs\":[{\"name\":\"keyEpoch_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"publicKey_\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updatePublicKey\",\"inputs\":[{\"name\":\"keyEpoch_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"publicKey_\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifyInput\",\"inputs\":[{\"name\":\"ciphertext\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InputVerified\",\"inputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"contractAddress\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"ciphertext\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PublicKeyUpdated\",\"inputs\":[{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"publicKey\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InputVerifierIdentityPoint\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputVerifierInvalidKeyEpoch\",\"inputs\":[{\"name\":\"provided\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"current\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kmsKeyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputVerifierInvalidLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InputVerifierInvalidPoint\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputVerifierInvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputVerifierInvalidPublicKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputVerifierKeyOutdated\",\"inputs\":[{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"kmsKeyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InputVerifierLabelMismatch\",\"inputs\":[{\"name\":\"contractAddress\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InputVerifierScalarOutOfRange\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InputVerifierUnsupportedVersion\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InputVerifierZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TKMSCryptoTagTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "InputVerifier",
	Bin: "0x6101c0604052348015610010575f5ffd5b50604051612a15380380612a1583398101604081905261002f91610593565b60405180604001604052806004815260200163544b4d5360e01b815250604051806040016040528060018152602001603160f81b8152506100758261023760201b60201c565b6101205261008281610237565b61014052815160208084019190912060e052815190820120610100524660a05261010e60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038516158061013457506001600160a01b038416155b156101525760405163e1f5dfbf60e01b815260040160405180910390fd5b5f846001600160a01b031663da1d43fe6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561018f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101b3919061068a565b9050806001600160401b0316846001600160401b031614610205576040516399e28e1b60e01b81526001600160401b0380861660048301525f6024830152821660448201526064015b60405180910390fd5b6001600160a01b03808716610160528516610180528115156101a05261022c848484610274565b5050505050506107b0565b5f5f829050601f81511115610261578260405163305a27a960e01b81526004016101fc91906106d8565b805161026c826106ea565b179392505050565b608082511415806102895750610289826103a9565b156102a7576040516333a8028760e11b815260040160405180910390fd5b6102b0826103eb565b15806102ca57508080156102ca57506102c88261046c565b155b156102e8576040516333a8028760e11b815260040160405180910390fd5b5f7f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c00090505f5f5f5f868060200190518101906103249190610710565b608084901b8217895560018901839055600289018190556003890180546001600160401b0319166001600160401b038e169081179091556040519498509296509094509250907f4e243e3d62d19b48abe8346952d3a7aa0f1ee55436448791f7022dfb7de2dd4990610397908a906106d8565b60405180910390a25050505050505050565b5f608082511480156103e5575060408051608080825260a082019092529060208201818036833701905050805190602001208280519060200120145b92915050565b5f805b60108110156104635782818151811061040957610409610743565b01602001516001600160f81b03191615158061044e57508261042c826040610757565b8151811061043c5761043c610743565b01602001516001600160f81b03191615155b1561045b57505f92915050565b6001016103ee565b50600192915050565b5f608082511415806104825750610482826103a9565b1561048e57505f919050565b5f6104be8360016040516020016104a692919061078d565b60408051601f198184030181529190526175306104c6565b509392505050565b5f6060600c6001600160a01b031683856040516104e391906107a5565b5f604051808303818686fa925050503d805f811461051c576040519150601f19603f3d011682016040523d82523d5f602084013e610521565b606091505b509092509050818015610535575060808151145b91509250929050565b6001600160a01b0381168114610552575f5ffd5b50565b80516001600160401b038116811461056b575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b8051801515811461056b575f5ffd5b5f5f5f5f5f60a086880312156105a7575f5ffd5b85516105b28161053e565b60208701519095506105c38161053e565b93506105d160408701610555565b60608701519093506001600160401b038111156105ec575f5ffd5b8601601f810188136105fc575f5ffd5b80516001600160401b0381111561061557610615610570565b604051601f8201601f19908116603f011681016001600160401b038111828210171561064357610643610570565b6040528181528282016020018a101561065a575f5ffd5b8160208401602083015e5f6020838301015280945050505061067e60808701610584565b90509295509295909350565b5f6020828403121561069a575f5ffd5b6106a382610555565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6106a360208301846106aa565b8051602080830151919081101561070a575f198160200360031b1b821691505b50919050565b5f5f5f5f60808587031215610723575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156103e557634e487b7160e01b5f52601160045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f6107988285610776565b9283525050602001919050565b5f6106a38284610776565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516121cc6108495f395f81816101df01528181610592015261082d01525f8181610275015281816103b4015281816104b5015261075b01525f818161021601526108e901525f610adb01525f610ab001525f61127801525f61125001525f6111ab01525f6111d501525f6111ff01526121cc5ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c806384b0196e11610088578063de28735911610063578063de28735914610211578063e1a611c91461025d578063f0ea684d14610270578063f698da2514610297575f5ffd5b806384b0196e146101aa578063a19f885e146101c5578063d00eb868146101da575f5ffd5b80636e83b744116100b85780636e83b744146101545780636fdf657e146101675780637a9f7dcf146101a2575f5ffd5b8063274c079d146100de578063517d217e1461011857806363ffab311461013f575b5f5ffd5b6101057f494df2426c3ca371e03a8b0fbeb07a072c54361ae2809f1e6c30e369774c63fa81565b6040519081526020015b60405180910390f35b6101057f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c00081565b61014761029f565b60405161010f91906118c3565b61010561016236600461192b565b6102cf565b7f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c0035460405167ffffffffffffffff909116815260200161010f565b610105604881565b6101b26102e5565b60405161010f979695949392919061197c565b6101d86101d3366004611a3b565b610343565b005b6102017f000000000000000000000000000000000000000000000000000000000000000081565b604051901515815260200161010f565b6102387f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161010f565b61010561026b366004611abd565b6105c4565b6102387f000000000000000000000000000000000000000000000000000000000000000081565b6101056109b6565b60606102ca7f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c0006109bf565b905090565b5f6102db848484610a26565b90505b9392505050565b5f6060805f5f5f60606102f6610aa9565b6102fe610ad4565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b7f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c00354604080517fda1d43fe000000000000000000000000000000000000000000000000000000008152905167ffffffffffffffff909216915f9173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169163da1d43fe916004808201926020929091908290030181865afa1580156103fe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104229190611b28565b90508167ffffffffffffffff168767ffffffffffffffff1611158061045b57508067ffffffffffffffff168767ffffffffffffffff1614155b156104b3576040517f99e28e1b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80891660048301528084166024830152821660448201526064015b60405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663258ae5826104fa898989610a26565b86866040518463ffffffff1660e01b815260040161051a93929190611b6c565b602060405180830381865afa158015610535573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105599190611b28565b506105bb8787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152507f00000000000000000000000000000000000000000000000000000000000000009250610aff915050565b50505050505050565b5f6105d96105d28585610c7f565b8585610dc7565b365f6105e58686610faa565b9092509050604881141580610675575046338560405160200161064493929190928352606091821b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000009081166020850152911b16603482015260480190565b60405160208183030381529060405280519060200120828260405161066a929190611b8e565b604051809103902014155b156106ca576040517ff18e678800000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff851660248201526044016104aa565b7f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c00354604080517fda1d43fe00000000000000000000000000000000000000000000000000000000815290517f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c0009267ffffffffffffffff16915f9173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169163da1d43fe9160048083019260209291908290030181865afa1580156107a4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107c89190611b28565b90508067ffffffffffffffff168267ffffffffffffffff161461082b576040517f1f74270a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8084166004830152821660248201526044016104aa565b7f00000000000000000000000000000000000000000000000000000000000000001561086e5761086e610867610860856109bf565b8b8b610fc6565b8a8a610dc7565b888860405161087e929190611b8e565b6040519081900381207f299041500000000000000000000000000000000000000000000000000000000082526004820181905273ffffffffffffffffffffffffffffffffffffffff898116602484015233604484015267ffffffffffffffff851660648401529097507f000000000000000000000000000000000000000000000000000000000000000016906329904150906084015f604051808303815f87803b15801561092a575f5ffd5b505af115801561093c573d5f5f3e3d5ffd5b505050508673ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff16877fa1477bfc24bd16b79aff9f52ca28ea6fc9f3e3081a2d468df3f465722ca4402e858d8d6040516109a293929190611b9d565b60405180910390a450505050509392505050565b5f6102ca611192565b80546001820154600283015460405160609392610a0f92608085901c926fffffffffffffffffffffffffffffffff8616919060200193845260208401929092526040830152606082015260800190565b604051602081830303815290604052915050919050565b5f6102db7f494df2426c3ca371e03a8b0fbeb07a072c54361ae2809f1e6c30e369774c63fa858585604051610a5c929190611b8e565b604051908190038120610a8e93929160200192835267ffffffffffffffff919091166020830152604082015260600190565b604051602081830303815290604052805190602001206112c8565b60606102ca7f000000000000000000000000000000000000000000000000000000000000000061130f565b60606102ca7f000000000000000000000000000000000000000000000000000000000000000061130f565b60808251141580610b145750610b148261134c565b15610b4b576040517f6750050e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b548261138d565b1580610b6e5750808015610b6e5750610b6c8261143e565b155b15610ba5576040517f6750050e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c00090505f5f5f5f86806020019051810190610be19190611bc0565b608084901b8217895560018901839055600289018190556003890180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff8e169081179091556040519498509296509094509250907f4e243e3d62d19b48abe8346952d3a7aa0f1ee55436448791f7022dfb7de2dd4990610c6d908a906118c3565b60405180910390a25050505050505050565b5f610163821015610c9257506001610dc1565b610ca26101636101618486611bf3565b610cab91611c1a565b610cba9060f01c610163611cad565b8214610cc857506001610dc1565b600183835f81610cda57610cda611cc0565b9050013560f81c60f81b60f81c60ff1614610cf757506002610dc1565b7f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001610d286101416101218587611bf3565b610d3191611ced565b101580610d7657507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001610d6a6101616101418587611bf3565b610d7391611ced565b10155b15610d8357506003610dc1565b610d99610d9460a160218587611bf3565b611480565b80610db15750610db1610d9461012160a18587611bf3565b15610dbe57506004610dc1565b505f5b92915050565b5f836006811115610dda57610dda611d29565b03610de457505050565b6001836006811115610df857610df8611d29565b03610e32576040517feb10535c000000000000000000000000000000000000000000000000000000008152600481018290526024016104aa565b6002836006811115610e4657610e46611d29565b03610e975781815f818110610e5d57610e5d611cc0565b6040517fc6d11c0c00000000000000000000000000000000000000000000000000000000815292013560f81c6004830152506024016104aa565b6003836006811115610eab57610eab611d29565b03610ee2576040517fa47f367100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004836006811115610ef657610ef6611d29565b03610f2d576040517ff495c48d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6005836006811115610f4157610f41611d29565b03610f78576040517f3821b40a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517fb347bf1700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b365f610fba836101638187611bf3565b915091505b9250929050565b5f80610fd86101416101218587611bf3565b610fe191611ced565b90505f610ff46101616101418688611bf3565b610ffd91611ced565b90505f61102a837f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001611d56565b90505f5f6110856040518060a0016040528060808152602001612097608091398561105960a160218c8e611bf3565b8760405160200161106e959493929190611d80565b6040516020818303038152906040526175306114e7565b915091508161109c576005955050505050506102de565b60606110df6040518060a001604052806080815260200161211760809139866110ca61012160a18d8f611bf3565b8860405160200161106e959493929190611d80565b9093509050826110f857600596505050505050506102de565b5f6111048b8b8b61156c565b6111108b8b86866115ca565b604051602001611121929190611dac565b60408051601f19818403018152828201909152600e82527f544b4d532d76312f544448322f6500000000000000000000000000000000000060208301529150879061116d908390611624565b146111825760069750505050505050506102de565b505f9a9950505050505050505050565b5f3073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161480156111f757507f000000000000000000000000000000000000000000000000000000000000000046145b1561122157507f000000000000000000000000000000000000000000000000000000000000000090565b6102ca604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f610dc16112d4611192565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60605f61131b83611855565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60808251148015610dc1575060408051608080825260a0820190925290602082018180368337019050508051906020012082805190602001201492915050565b5f805b6010811015611435578281815181106113ab576113ab611cc0565b01602001517fff00000000000000000000000000000000000000000000000000000000000000161515806114205750826113e6826040611cad565b815181106113f6576113f6611cc0565b01602001517fff000000000000000000000000000000000000000000000000000000000000001615155b1561142d57505f92915050565b600101611390565b50600192915050565b5f6080825114158061145457506114548261134c565b1561146057505f919050565b5f61147883600160405160200161106e929190611dc0565b509392505050565b5f61148f608060608486611bf3565b61149891611ced565b6114a6606060408587611bf3565b6114af91611ced565b6114bd604060208688611bf3565b6114c691611ced565b6114d360205f8789611bf3565b6114dc91611ced565b171717159392505050565b5f6060600c73ffffffffffffffffffffffffffffffffffffffff1683856040516115119190611dd8565b5f604051808303818686fa925050503d805f811461154a576040519150601f19603f3d011682016040523d82523d5f602084013e61154f565b606091505b509092509050818015611563575060808151145b91509250929050565b6060365f61157e846101638188611bf3565b9092509050608086602061159660216001898b611bf3565b6040516115b0959493929190879089908290602001611de3565b604051602081830303815290604052925050509392505050565b606060806115dc60a160218789611bf3565b608086816115ef61012160a18c8e611bf3565b60808a60405160200161160b9a99989796959493929190611e96565b6040516020818303038152906040529050949350505050565b5f60ff825111156116665781516040517f1c897a900000000000000000000000000000000000000000000000000000000081526004016104aa91815260200190565b5f82835160405160200161167b929190611f80565b60408051601f198184030181529082905291505f906002906116ac9083908190899060309083908990602001611fbf565b60408051601f19818403018152908290526116c691611dd8565b602060405180830381855afa1580156116e1573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906117049190612043565b90505f60028260018560405160200161171f9392919061205a565b60408051601f198184030181529082905261173991611dd8565b602060405180830381855afa158015611754573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906117779190612043565b90505f60028284186002866040516020016117949392919061205a565b60408051601f19818403018152908290526117ae91611dd8565b602060405180830381855afa1580156117c9573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906117ec9190612043565b90507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001608082901c7f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001700100000000000000000000000000000000850908979650505050505050565b5f60ff8216601f811115610dc1576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6102de6020830184611895565b67ffffffffffffffff811681146118ea575f5ffd5b50565b5f5f83601f8401126118fd575f5ffd5b50813567ffffffffffffffff811115611914575f5ffd5b602083019150836020828501011115610fbf575f5ffd5b5f5f5f6040848603121561193d575f5ffd5b8335611948816118d5565b9250602084013567ffffffffffffffff811115611963575f5ffd5b61196f868287016118ed565b9497909650939450505050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6119b660e0830189611895565b82810360408401526119c88189611895565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015611a2a578351835260209384019390920191600101611a0c565b50909b9a5050505050505050505050565b5f5f5f5f5f60608688031215611a4f575f5ffd5b8535611a5a816118d5565b9450602086013567ffffffffffffffff811115611a75575f5ffd5b611a81888289016118ed565b909550935050604086013567ffffffffffffffff811115611aa0575f5ffd5b611aac888289016118ed565b969995985093965092949392505050565b5f5f5f60408486031215611acf575f5ffd5b833567ffffffffffffffff811115611ae5575f5ffd5b611af1868287016118ed565b909450925050602084013573ffffffffffffffffffffffffffffffffffffffff81168114611b1d575f5ffd5b809150509250925092565b5f60208284031215611b38575f5ffd5b81516102de816118d5565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b838152604060208201525f611b85604083018486611b43565b95945050505050565b818382375f9101908152919050565b67ffffffffffffffff84168152604060208201525f611b85604083018486611b43565b5f5f5f5f60808587031215611bd3575f5ffd5b505082516020840151604085015160609095015191969095509092509050565b5f5f85851115611c01575f5ffd5b83861115611c0d575f5ffd5b5050820193919092039150565b80357fffff0000000000000000000000000000000000000000000000000000000000008116906002841015611c79577fffff000000000000000000000000000000000000000000000000000000000000808560020360031b1b82161691505b5092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610dc157610dc1611c80565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80356020831015610dc1577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b81810381811115610dc157610dc1611c80565b5f81518060208401855e5f93019283525090919050565b5f611d8b8288611d69565b86815284866020830137602094019384019290925250506040019392505050565b5f6102db611dba8386611d69565b84611d69565b5f611dcb8285611d69565b9283525050602001919050565b5f6102de8284611d69565b7fffffffff000000000000000000000000000000000000000000000000000000008960e01b1681525f611e19600483018a611d69565b7fffffffff000000000000000000000000000000000000000000000000000000008960e01b1681528688600483013786810190507fffffffff000000000000000000000000000000000000000000000000000000008660e01b166004820152838560088301375f9301600801928352509098975050505050505050565b7fffffffff000000000000000000000000000000000000000000000000000000008b60e01b168152888a60048301375f8982017fffffffff000000000000000000000000000000000000000000000000000000008a60e01b166004820152611f01600882018a611d69565b90507fffffffff000000000000000000000000000000000000000000000000000000008860e01b1681528587600483013785810190507fffffffff000000000000000000000000000000000000000000000000000000008560e01b166004820152611f6f6008820185611d69565b9d9c50505050505050505050505050565b5f611f8b8285611d69565b60f89390931b7fff000000000000000000000000000000000000000000000000000000000000001683525050600101919050565b8681528560208201525f611fd66040830187611d69565b7fffff0000000000000000000000000000000000000000000000000000000000008660f01b1681527fff000000000000000000000000000000000000000000000000000000000000008560f81b1660028201526120366003820185611d69565b9998505050505050505050565b5f60208284031215612053575f5ffd5b5051919050565b8381527fff000000000000000000000000000000000000000000000000000000000000008360f81b1660208201525f611b856021830184611d6956fe0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1000000000000000000000000000000000c5d565a3e75693ea15ae76268689d9c1cadedfa77b836726358a486cf2563c05936eb3974b4cb88334ab281d02095df000000000000000000000000000000000145cc3a70b8966b3809be23afbe579cbf2b84841ea0059453393b1a08491330c55a141d68491e706e6659e0477f7458a2646970667358221220bd5c285398fb8ad06f7150bc18a6900e8c31848dcc8e8fd4eb564ce17eddc5b264736f6c634300081e0033",
}

// InputVerifier is an auto generated Go binding around an Ethereum contract.
type InputVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *InputVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewInputVerifier creates a new instance of InputVerifier.
func NewInputVerifier() *InputVerifier {
	parsed, err := InputVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &InputVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *InputVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address acl_, address kmsVerifier_, uint64 keyEpoch_, bytes publicKey_, bool proofCheckEnabled_) returns()
func (inputVerifier *InputVerifier) PackConstructor(acl_ common.Address, kmsVerifier_ common.Address, keyEpoch_ uint64, publicKey_ []byte, proofCheckEnabled_ bool) []byte {
	enc, err := inputVerifier.abi.Pack("", acl_, kmsVerifier_, keyEpoch_, publicKey_, proofCheckEnabled_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackLABELSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9f7dcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LABEL_SIZE() view returns(uint256)
func (inputVerifier *InputVerifier) PackLABELSIZE() []byte {
	enc, err := inputVerifier.abi.Pack("LABEL_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLABELSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9f7dcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LABEL_SIZE() view returns(uint256)
func (inputVerifier *InputVerifier) TryPackLABELSIZE() ([]byte, error) {
	return inputVerifier.abi.Pack("LABEL_SIZE")
}

// UnpackLABELSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a9f7dcf.
//
// Solidity: function LABEL_SIZE() view returns(uint256)
func (inputVerifier *InputVerifier) UnpackLABELSIZE(data []byte) (*big.Int, error) {
	out, err := inputVerifier.abi.Unpack("LABEL_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPUBLICKEYUPDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274c079d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PUBLIC_KEY_UPDATE_TYPEHASH() view returns(bytes32)
func (inputVerifier *InputVerifier) PackPUBLICKEYUPDATETYPEHASH() []byte {
	enc, err := inputVerifier.abi.Pack("PUBLIC_KEY_UPDATE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPUBLICKEYUPDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x274c079d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PUBLIC_KEY_UPDATE_TYPEHASH() view returns(bytes32)
func (inputVerifier *InputVerifier) TryPackPUBLICKEYUPDATETYPEHASH() ([]byte, error) {
	return inputVerifier.abi.Pack("PUBLIC_KEY_UPDATE_TYPEHASH")
}

// UnpackPUBLICKEYUPDATETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x274c079d.
//
// Solidity: function PUBLIC_KEY_UPDATE_TYPEHASH() view returns(bytes32)
func (inputVerifier *InputVerifier) UnpackPUBLICKEYUPDATETYPEHASH(data []byte) ([32]byte, error) {
	out, err := inputVerifier.abi.Unpack("PUBLIC_KEY_UPDATE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (inputVerifier *InputVerifier) PackSTORAGESLOT() []byte {
	enc, err := inputVerifier.abi.Pack("STORAGE_SLOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (inputVerifier *InputVerifier) TryPackSTORAGESLOT() ([]byte, error) {
	return inputVerifier.abi.Pack("STORAGE_SLOT")
}

// UnpackSTORAGESLOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x517d217e.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (inputVerifier *InputVerifier) UnpackSTORAGESLOT(data []byte) ([32]byte, error) {
	out, err := inputVerifier.abi.Unpack("STORAGE_SLOT", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde287359.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acl() view returns(address)
func (inputVerifier *InputVerifier) PackAcl() []byte {
	enc, err := inputVerifier.abi.Pack("acl")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde287359.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acl() view returns(address)
func (inputVerifier *InputVerifier) TryPackAcl() ([]byte, error) {
	return inputVerifier.abi.Pack("acl")
}

// UnpackAcl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde287359.
//
// Solidity: function acl() view returns(address)
func (inputVerifier *InputVerifier) UnpackAcl(data []byte) (common.Address, error) {
	out, err := inputVerifier.abi.Unpack("acl", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (inputVerifier *InputVerifier) PackDomainSeparator() []byte {
	enc, err := inputVerifier.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (inputVerifier *InputVerifier) TryPackDomainSeparator() ([]byte, error) {
	return inputVerifier.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (inputVerifier *InputVerifier) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := inputVerifier.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (inputVerifier *InputVerifier) PackEip712Domain() []byte {
	enc, err := inputVerifier.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (inputVerifier *InputVerifier) TryPackEip712Domain() ([]byte, error) {
	return inputVerifier.abi.Pack("eip712Domain")
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (inputVerifier *InputVerifier) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := inputVerifier.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fdf657e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyEpoch() view returns(uint64)
func (inputVerifier *InputVerifier) PackKeyEpoch() []byte {
	enc, err := inputVerifier.abi.Pack("keyEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fdf657e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyEpoch() view returns(uint64)
func (inputVerifier *InputVerifier) TryPackKeyEpoch() ([]byte, error) {
	return inputVerifier.abi.Pack("keyEpoch")
}

// UnpackKeyEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fdf657e.
//
// Solidity: function keyEpoch() view returns(uint64)
func (inputVerifier *InputVerifier) UnpackKeyEpoch(data []byte) (uint64, error) {
	out, err := inputVerifier.abi.Unpack("keyEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackKmsVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ea684d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function kmsVerifier() view returns(address)
func (inputVerifier *InputVerifier) PackKmsVerifier() []byte {
	enc, err := inputVerifier.abi.Pack("kmsVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKmsVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0ea684d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function kmsVerifier() view returns(address)
func (inputVerifier *InputVerifier) TryPackKmsVerifier() ([]byte, error) {
	return inputVerifier.abi.Pack("kmsVerifier")
}

// UnpackKmsVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0ea684d.
//
// Solidity: function kmsVerifier() view returns(address)
func (inputVerifier *InputVerifier) UnpackKmsVerifier(data []byte) (common.Address, error) {
	out, err := inputVerifier.abi.Unpack("kmsVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProofCheckEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd00eb868.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofCheckEnabled() view returns(bool)
func (inputVerifier *InputVerifier) PackProofCheckEnabled() []byte {
	enc, err := inputVerifier.abi.Pack("proofCheckEnabled")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofCheckEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd00eb868.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofCheckEnabled() view returns(bool)
func (inputVerifier *InputVerifier) TryPackProofCheckEnabled() ([]byte, error) {
	return inputVerifier.abi.Pack("proofCheckEnabled")
}

// UnpackProofCheckEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd00eb868.
//
// Solidity: function proofCheckEnabled() view returns(bool)
func (inputVerifier *InputVerifier) UnpackProofCheckEnabled(data []byte) (bool, error) {
	out, err := inputVerifier.abi.Unpack("proofCheckEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ffab31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicKey() view returns(bytes)
func (inputVerifier *InputVerifier) PackPublicKey() []byte {
	enc, err := inputVerifier.abi.Pack("publicKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ffab31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicKey() view returns(bytes)
func (inputVerifier *InputVerifier) TryPackPublicKey() ([]byte, error) {
	return inputVerifier.abi.Pack("publicKey")
}

// UnpackPublicKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63ffab31.
//
// Solidity: function publicKey() view returns(bytes)
func (inputVerifier *InputVerifier) UnpackPublicKey(data []byte) ([]byte, error) {
	out, err := inputVerifier.abi.Unpack("publicKey", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackPublicKeyUpdateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e83b744.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicKeyUpdateDigest(uint64 keyEpoch_, bytes publicKey_) view returns(bytes32)
func (inputVerifier *InputVerifier) PackPublicKeyUpdateDigest(keyEpoch uint64, publicKey []byte) []byte {
	enc, err := inputVerifier.abi.Pack("publicKeyUpdateDigest", keyEpoch, publicKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicKeyUpdateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e83b744.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicKeyUpdateDigest(uint64 keyEpoch_, bytes publicKey_) view returns(bytes32)
func (inputVerifier *InputVerifier) TryPackPublicKeyUpdateDigest(keyEpoch uint64, publicKey []byte) ([]byte, error) {
	return inputVerifier.abi.Pack("publicKeyUpdateDigest", keyEpoch, publicKey)
}

// UnpackPublicKeyUpdateDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e83b744.
//
// Solidity: function publicKeyUpdateDigest(uint64 keyEpoch_, bytes publicKey_) view returns(bytes32)
func (inputVerifier *InputVerifier) UnpackPublicKeyUpdateDigest(data []byte) ([32]byte, error) {
	out, err := inputVerifier.abi.Unpack("publicKeyUpdateDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUpdatePublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa19f885e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePublicKey(uint64 keyEpoch_, bytes publicKey_, bytes signatures) returns()
func (inputVerifier *InputVerifier) PackUpdatePublicKey(keyEpoch uint64, publicKey []byte, signatures []byte) []byte {
	enc, err := inputVerifier.abi.Pack("updatePublicKey", keyEpoch, publicKey, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa19f885e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePublicKey(uint64 keyEpoch_, bytes publicKey_, bytes signatures) returns()
func (inputVerifier *InputVerifier) TryPackUpdatePublicKey(keyEpoch uint64, publicKey []byte, signatures []byte) ([]byte, error) {
	return inputVerifier.abi.Pack("updatePublicKey", keyEpoch, publicKey, signatures)
}

// PackVerifyInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1a611c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyInput(bytes ciphertext, address user) returns(bytes32 handle)
func (inputVerifier *InputVerifier) PackVerifyInput(ciphertext []byte, user common.Address) []byte {
	enc, err := inputVerifier.abi.Pack("verifyInput", ciphertext, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1a611c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyInput(bytes ciphertext, address user) returns(bytes32 handle)
func (inputVerifier *InputVerifier) TryPackVerifyInput(ciphertext []byte, user common.Address) ([]byte, error) {
	return inputVerifier.abi.Pack("verifyInput", ciphertext, user)
}

// UnpackVerifyInput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1a611c9.
//
// Solidity: function verifyInput(bytes ciphertext, address user) returns(bytes32 handle)
func (inputVerifier *InputVerifier) UnpackVerifyInput(data []byte) ([32]byte, error) {
	out, err := inputVerifier.abi.Unpack("verifyInput", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// InputVerifierEIP712DomainChanged represents a EIP712DomainChanged event raised by the InputVerifier contract.
type InputVerifierEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const InputVerifierEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (InputVerifierEIP712DomainChanged) ContractEventName() string {
	return InputVerifierEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (inputVerifier *InputVerifier) UnpackEIP712DomainChangedEvent(log *types.Log) (*InputVerifierEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inputVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InputVerifierEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := inputVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inputVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InputVerifierInputVerified represents a InputVerified event raised by the InputVerifier contract.
type InputVerifierInputVerified struct {
	Handle          [32]byte
	ContractAddress common.Address
	User            common.Address
	KeyEpoch        uint64
	Ciphertext      []byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const InputVerifierInputVerifiedEventName = "InputVerified"

// ContractEventName returns the user-defined event name.
func (InputVerifierInputVerified) ContractEventName() string {
	return InputVerifierInputVerifiedEventName
}

// UnpackInputVerifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InputVerified(bytes32 indexed handle, address indexed contractAddress, address indexed user, uint64 keyEpoch, bytes ciphertext)
func (inputVerifier *InputVerifier) UnpackInputVerifiedEvent(log *types.Log) (*InputVerifierInputVerified, error) {
	event := "InputVerified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inputVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InputVerifierInputVerified)
	if len(log.Data) > 0 {
		if err := inputVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inputVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// InputVerifierPublicKeyUpdated represents a PublicKeyUpdated event raised by the InputVerifier contract.
type InputVerifierPublicKeyUpdated struct {
	KeyEpoch  uint64
	PublicKey []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const InputVerifierPublicKeyUpdatedEventName = "PublicKeyUpdated"

// ContractEventName returns the user-defined event name.
func (InputVerifierPublicKeyUpdated) ContractEventName() string {
	return InputVerifierPublicKeyUpdatedEventName
}

// UnpackPublicKeyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PublicKeyUpdated(uint64 indexed keyEpoch, bytes publicKey)
func (inputVerifier *InputVerifier) UnpackPublicKeyUpdatedEvent(log *types.Log) (*InputVerifierPublicKeyUpdated, error) {
	event := "PublicKeyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != inputVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(InputVerifierPublicKeyUpdated)
	if len(log.Data) > 0 {
		if err := inputVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range inputVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (inputVerifier *InputVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierIdentityPoint"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierIdentityPointError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierInvalidKeyEpoch"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierInvalidKeyEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierInvalidLength"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierInvalidPoint"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierInvalidPointError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierInvalidProof"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierInvalidPublicKey"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierInvalidPublicKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierKeyOutdated"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierKeyOutdatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierLabelMismatch"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierLabelMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierScalarOutOfRange"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierScalarOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierUnsupportedVersion"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierUnsupportedVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InputVerifierZeroAddress"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInputVerifierZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], inputVerifier.abi.Errors["TKMSCryptoTagTooLong"].ID.Bytes()[:4]) {
		return inputVerifier.UnpackTKMSCryptoTagTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// InputVerifierInputVerifierIdentityPoint represents a InputVerifierIdentityPoint error raised by the InputVerifier contract.
type InputVerifierInputVerifierIdentityPoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierIdentityPoint()
func InputVerifierInputVerifierIdentityPointErrorID() common.Hash {
	return common.HexToHash("0xf495c48dd63d7b2ecc71975cf069d4bf8ebde8e53d54d46834f58d42c27cdd3f")
}

// UnpackInputVerifierIdentityPointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierIdentityPoint()
func (inputVerifier *InputVerifier) UnpackInputVerifierIdentityPointError(raw []byte) (*InputVerifierInputVerifierIdentityPoint, error) {
	out := new(InputVerifierInputVerifierIdentityPoint)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierIdentityPoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierInvalidKeyEpoch represents a InputVerifierInvalidKeyEpoch error raised by the InputVerifier contract.
type InputVerifierInputVerifierInvalidKeyEpoch struct {
	Provided    uint64
	Current     uint64
	KmsKeyEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierInvalidKeyEpoch(uint64 provided, uint64 current, uint64 kmsKeyEpoch)
func InputVerifierInputVerifierInvalidKeyEpochErrorID() common.Hash {
	return common.HexToHash("0x99e28e1b00ae5ef77001ba60f563e47cb21e2bdfddc7f0d4f4978230f384a7c7")
}

// UnpackInputVerifierInvalidKeyEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierInvalidKeyEpoch(uint64 provided, uint64 current, uint64 kmsKeyEpoch)
func (inputVerifier *InputVerifier) UnpackInputVerifierInvalidKeyEpochError(raw []byte) (*InputVerifierInputVerifierInvalidKeyEpoch, error) {
	out := new(InputVerifierInputVerifierInvalidKeyEpoch)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierInvalidKeyEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierInvalidLength represents a InputVerifierInvalidLength error raised by the InputVerifier contract.
type InputVerifierInputVerifierInvalidLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierInvalidLength(uint256 length)
func InputVerifierInputVerifierInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0xeb10535cc4b8540ba15ba7086003778aaf85b7f07fc7e6d9b0df963a2e84e590")
}

// UnpackInputVerifierInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierInvalidLength(uint256 length)
func (inputVerifier *InputVerifier) UnpackInputVerifierInvalidLengthError(raw []byte) (*InputVerifierInputVerifierInvalidLength, error) {
	out := new(InputVerifierInputVerifierInvalidLength)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierInvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierInvalidPoint represents a InputVerifierInvalidPoint error raised by the InputVerifier contract.
type InputVerifierInputVerifierInvalidPoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierInvalidPoint()
func InputVerifierInputVerifierInvalidPointErrorID() common.Hash {
	return common.HexToHash("0x3821b40a7d9221ee22601339fc9ed723ae176514fc484af6ff4efe10c6ad0d55")
}

// UnpackInputVerifierInvalidPointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierInvalidPoint()
func (inputVerifier *InputVerifier) UnpackInputVerifierInvalidPointError(raw []byte) (*InputVerifierInputVerifierInvalidPoint, error) {
	out := new(InputVerifierInputVerifierInvalidPoint)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierInvalidPoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierInvalidProof represents a InputVerifierInvalidProof error raised by the InputVerifier contract.
type InputVerifierInputVerifierInvalidProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierInvalidProof()
func InputVerifierInputVerifierInvalidProofErrorID() common.Hash {
	return common.HexToHash("0xb347bf17bd9607b8663025eb0fef077e4ee0e5830b7dea2445d523a20de69e82")
}

// UnpackInputVerifierInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierInvalidProof()
func (inputVerifier *InputVerifier) UnpackInputVerifierInvalidProofError(raw []byte) (*InputVerifierInputVerifierInvalidProof, error) {
	out := new(InputVerifierInputVerifierInvalidProof)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierInvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierInvalidPublicKey represents a InputVerifierInvalidPublicKey error raised by the InputVerifier contract.
type InputVerifierInputVerifierInvalidPublicKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierInvalidPublicKey()
func InputVerifierInputVerifierInvalidPublicKeyErrorID() common.Hash {
	return common.HexToHash("0x6750050e41bdf8c20a8ae3543ad97acbdc4e882a408fd36693d0a93c4e378b69")
}

// UnpackInputVerifierInvalidPublicKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierInvalidPublicKey()
func (inputVerifier *InputVerifier) UnpackInputVerifierInvalidPublicKeyError(raw []byte) (*InputVerifierInputVerifierInvalidPublicKey, error) {
	out := new(InputVerifierInputVerifierInvalidPublicKey)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierInvalidPublicKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierKeyOutdated represents a InputVerifierKeyOutdated error raised by the InputVerifier contract.
type InputVerifierInputVerifierKeyOutdated struct {
	KeyEpoch    uint64
	KmsKeyEpoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierKeyOutdated(uint64 keyEpoch, uint64 kmsKeyEpoch)
func InputVerifierInputVerifierKeyOutdatedErrorID() common.Hash {
	return common.HexToHash("0x1f74270acc22201a75bec7112cfffa8c9b09c478d1e8a208e8beb76871f57738")
}

// UnpackInputVerifierKeyOutdatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierKeyOutdated(uint64 keyEpoch, uint64 kmsKeyEpoch)
func (inputVerifier *InputVerifier) UnpackInputVerifierKeyOutdatedError(raw []byte) (*InputVerifierInputVerifierKeyOutdated, error) {
	out := new(InputVerifierInputVerifierKeyOutdated)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierKeyOutdated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierLabelMismatch represents a InputVerifierLabelMismatch error raised by the InputVerifier contract.
type InputVerifierInputVerifierLabelMismatch struct {
	ContractAddress common.Address
	User            common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierLabelMismatch(address contractAddress, address user)
func InputVerifierInputVerifierLabelMismatchErrorID() common.Hash {
	return common.HexToHash("0xf18e6788d4d93b0fbd538ce388f8a324bffc7d98abd31bd0d0a5263d6517cea7")
}

// UnpackInputVerifierLabelMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierLabelMismatch(address contractAddress, address user)
func (inputVerifier *InputVerifier) UnpackInputVerifierLabelMismatchError(raw []byte) (*InputVerifierInputVerifierLabelMismatch, error) {
	out := new(InputVerifierInputVerifierLabelMismatch)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierLabelMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierScalarOutOfRange represents a InputVerifierScalarOutOfRange error raised by the InputVerifier contract.
type InputVerifierInputVerifierScalarOutOfRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierScalarOutOfRange()
func InputVerifierInputVerifierScalarOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xa47f36712b6bc2912b88b4749dd9c3c382b5d04989ba8a1161517bb9dd8fe140")
}

// UnpackInputVerifierScalarOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierScalarOutOfRange()
func (inputVerifier *InputVerifier) UnpackInputVerifierScalarOutOfRangeError(raw []byte) (*InputVerifierInputVerifierScalarOutOfRange, error) {
	out := new(InputVerifierInputVerifierScalarOutOfRange)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierScalarOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierUnsupportedVersion represents a InputVerifierUnsupportedVersion error raised by the InputVerifier contract.
type InputVerifierInputVerifierUnsupportedVersion struct {
	Version uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierUnsupportedVersion(uint8 version)
func InputVerifierInputVerifierUnsupportedVersionErrorID() common.Hash {
	return common.HexToHash("0xc6d11c0c386ad25f076e3eaa25e7e4327762f865e061cb7610e9fb741fb39471")
}

// UnpackInputVerifierUnsupportedVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierUnsupportedVersion(uint8 version)
func (inputVerifier *InputVerifier) UnpackInputVerifierUnsupportedVersionError(raw []byte) (*InputVerifierInputVerifierUnsupportedVersion, error) {
	out := new(InputVerifierInputVerifierUnsupportedVersion)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierUnsupportedVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInputVerifierZeroAddress represents a InputVerifierZeroAddress error raised by the InputVerifier contract.
type InputVerifierInputVerifierZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InputVerifierZeroAddress()
func InputVerifierInputVerifierZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xe1f5dfbf88825a68e8766413d48d895d96c7e6e7ca72d669f301afaa55db4334")
}

// UnpackInputVerifierZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InputVerifierZeroAddress()
func (inputVerifier *InputVerifier) UnpackInputVerifierZeroAddressError(raw []byte) (*InputVerifierInputVerifierZeroAddress, error) {
	out := new(InputVerifierInputVerifierZeroAddress)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InputVerifierZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierInvalidShortString represents a InvalidShortString error raised by the InputVerifier contract.
type InputVerifierInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func InputVerifierInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (inputVerifier *InputVerifier) UnpackInvalidShortStringError(raw []byte) (*InputVerifierInvalidShortString, error) {
	out := new(InputVerifierInvalidShortString)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierStringTooLong represents a StringTooLong error raised by the InputVerifier contract.
type InputVerifierStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func InputVerifierStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (inputVerifier *InputVerifier) UnpackStringTooLongError(raw []byte) (*InputVerifierStringTooLong, error) {
	out := new(InputVerifierStringTooLong)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// InputVerifierTKMSCryptoTagTooLong represents a TKMSCryptoTagTooLong error raised by the InputVerifier contract.
type InputVerifierTKMSCryptoTagTooLong struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSCryptoTagTooLong(uint256 length)
func InputVerifierTKMSCryptoTagTooLongErrorID() common.Hash {
	return common.HexToHash("0x1c897a9037d6c35d410e731c2e455691ed31a5ef7258a07a10d5933044244cc9")
}

// UnpackTKMSCryptoTagTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSCryptoTagTooLong(uint256 length)
func (inputVerifier *InputVerifier) UnpackTKMSCryptoTagTooLongError(raw []byte) (*InputVerifierTKMSCryptoTagTooLong, error) {
	out := new(InputVerifierTKMSCryptoTagTooLong)
	if err := inputVerifier.abi.UnpackIntoInterface(out, "TKMSCryptoTagTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierMetaData contains all meta data concerning the KMSVerifier contract.
var KMSVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"initialKeyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minRotationDelay_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_ROTATION_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SIGNER_SET_UPDATE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"STORAGE_SLOT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentKeyEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentThreshold\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isSigner\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"keyEpochOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastRotationAt\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minRotationDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rotate\",\"inputs\":[{\"name\":\"newEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"signerSet\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"signerSetUpdateDigest\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifyAt\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"digest\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SignerSetUpdated\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"signers\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"threshold\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"KMSVerifierDuplicateSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierEmptySignerSet\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"KMSVerifierInvalidEpoch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"provided\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierInvalidKeyEpoch\",\"inputs\":[{\"name\":\"keyEpoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierInvalidRotationDelay\",\"inputs\":[{\"name\":\"given\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"max\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierInvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierInvalidSignaturesLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierInvalidThreshold\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"signerCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierNotEnoughSignatures\",\"inputs\":[{\"name\":\"provided\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierRepeatedSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierRotationTooEarly\",\"inputs\":[{\"name\":\"notBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierTooManySigners\",\"inputs\":[{\"name\":\"signerCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierUnknownEpoch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierUnknownSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"KMSVerifierZeroSigner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "KMSVerifier",
	Bin: "0x610180604052348015610010575f5ffd5b506040516122e53803806122e583398101604081905261002f916105c1565b60405180604001604052806004815260200163544b4d5360e01b815250604051806040016040528060018152602001603160f81b815250610075826102e860201b60201c565b61012052610082816102e8565b61014052815160208084019190912060e052815190820120610100524660a05261010e60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160401b0385165f036101575760405163f117ba2560e01b8152600160048201526001600160401b03861660248201526044015b60405180910390fd5b6001600160401b038416158061017e5750846001600160401b0316846001600160401b0316115b156101af5760405163878dd55560e01b81526001600160401b0380861660048301528616602482015260440161014e565b6301e133806001600160401b03821611156101f25760405163e83fb3f360e01b81526001600160401b03821660048201526301e13380602482015260440161014e565b6001600160401b038116610160527fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b0061022e8187868689610325565b604080516060810182526001600160401b038881168083524264ffffffffff166020840181905291891692840183905284546001600160681b03191681176801000000000000000090920291909117600160681b600160a81b0319166d010000000000000000000000000090920291909117835590517ff3bde2fd6aa00cfbb0c5405995aec61803f36a033d1c3d72873d86facafd1802906102d590879087908a906106ce565b60405180910390a25050505050506107cb565b5f5f829050601f81511115610312578260405163305a27a960e01b815260040161014e9190610737565b805161031d8261076c565b179392505050565b82515f81900361034857604051636d71fd5f60e01b815260040160405180910390fd5b61ffff81111561036e57604051639e942d2560e01b81526004810182905260240161014e565b61ffff831615806103825750808361ffff16115b156103ad57604051632273740960e01b815261ffff841660048201526024810182905260440161014e565b6001600160401b0385165f9081526001870160205260408120905b82811015610490575f8682815181106103e3576103e3610792565b602002602001015190505f6001600160a01b0316816001600160a01b03160361041f57604051633013302760e21b815260040160405180910390fd5b6001600160a01b0381165f908152600284016020526040902054156104625760405163016b151360e11b81526001600160a01b038216600482015260240161014e565b61046d8260016107a6565b6001600160a01b039091165f9081526002840160205260409020556001016103c8565b5084516104a390829060208801906104f4565b50600101805461ffff94851663ffffffff199091161762010000929094169190910292909217600160201b600160601b0319166401000000006001600160401b039290921691909102179055505050565b828054828255905f5260205f20908101928215610547579160200282015b8281111561054757825182546001600160a01b0319166001600160a01b03909116178255602090920191600190910190610512565b50610553929150610557565b5090565b5b80821115610553575f8155600101610558565b80516001600160401b0381168114610581575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610581575f5ffd5b805161ffff81168114610581575f5ffd5b5f5f5f5f5f60a086880312156105d5575f5ffd5b6105de8661056b565b94506105ec6020870161056b565b60408701519094506001600160401b03811115610607575f5ffd5b8601601f81018813610617575f5ffd5b80516001600160401b0381111561063057610630610586565b604051600582901b90603f8201601f191681016001600160401b038111828210171561065e5761065e610586565b60405291825260208184018101929081018b84111561067b575f5ffd5b6020850194505b838510156106a1576106938561059a565b815260209485019401610682565b5095506106b492505050606087016105b0565b91506106c26080870161056b565b90509295509295909350565b606080825284519082018190525f9060208601906080840190835b818110156107105783516001600160a01b03168352602093840193909201916001016106e9565b505061ffff95909516602084015250506001600160401b0391909116604090910152919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561078c575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52603260045260245ffd5b808201808211156107c557634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e05161010051610120516101405161016051611ab861082d5f395f8181610302015261054f01525f610f3001525f610f0501525f61103a01525f61101201525f610f6d01525f610f9701525f610fc10152611ab85ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c806376671808116100ad578063c7455c421161007d578063da1d43fe11610063578063da1d43fe14610337578063f698da2514610379578063f910cff814610381575f5ffd5b8063c7455c42146102fd578063d67545fd14610324575f5ffd5b80637667180814610248578063845904df1461027957806384b0196e146102cf578063a3ec642a146102ea575f5ffd5b806331fc3af9116100e857806331fc3af9146101a7578063517d217e146101e1578063539f7b91146102165780635c16bb4d1461023d575f5ffd5b806315c91ce7146101195780631779270f1461012e5780631aa6bbf414610158578063258ae5821461017b575b5f5ffd5b61012c6101273660046114f8565b6103f4565b005b61014161013c366004611599565b61071c565b60405161014f9291906115b2565b60405180910390f35b61016b61016636600461163c565b6107d4565b604051901515815260200161014f565b61018e61018936600461166d565b610839565b60405167ffffffffffffffff909116815260200161014f565b7fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b005468010000000000000000900464ffffffffff1661018e565b6102087fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b0081565b60405190815260200161014f565b6102087f4e4381b833773f14690752759c1a1698b8a6520c7d6285dc21eed74a2fbb73bb81565b61018e6301e1338081565b7fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b005467ffffffffffffffff1661018e565b61018e610287366004611599565b67ffffffffffffffff9081165f9081527fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b01602052604090206001015464010000000090041690565b6102d7610878565b60405161014f9796959493929190611701565b61012c6102f83660046117c0565b6108d6565b61018e7f000000000000000000000000000000000000000000000000000000000000000081565b610208610332366004611816565b6108e8565b7fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b00546d0100000000000000000000000000900467ffffffffffffffff1661018e565b610208610900565b7fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b005467ffffffffffffffff165f9081527fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b01602052604090206001015461ffff1660405161ffff909116815260200161014f565b604080516060810182527fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b00805467ffffffffffffffff80821680855268010000000000000000830464ffffffffff1660208601526d010000000000000000000000000090920481169484019490945290928a16116104c55780516104799060016118b4565b6040517ff117ba2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9182166004820152908a1660248201526044015b60405180910390fd5b806040015167ffffffffffffffff168567ffffffffffffffff161415801561050157508867ffffffffffffffff168567ffffffffffffffff1614155b1561054c576040517f878dd55500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80871660048301528a1660248201526044016104bc565b5f7f0000000000000000000000000000000000000000000000000000000000000000826020015164ffffffffff1661058491906118b4565b90508067ffffffffffffffff164210156105d6576040517fe80d027300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016104bc565b81516105f0906105e98c8c8c8c8c61090e565b87876109cb565b610631838b8b8b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508d92508c9150610c3f9050565b6040805160608101825267ffffffffffffffff8c81168083524264ffffffffff1660208401819052918a1692840183905286547fffffffffffffffffffffffffffffffffffffff0000000000000000000000000016811768010000000000000000909202919091177fffffffffffffffffffffff0000000000000000ffffffffffffffffffffffffff166d010000000000000000000000000090920291909117855590517ff3bde2fd6aa00cfbb0c5405995aec61803f36a033d1c3d72873d86facafd180290610708908c908c908c908c906118d4565b60405180910390a250505050505050505050565b67ffffffffffffffff81165f9081527fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b016020908152604080832060018101548154835181860281018601909452808452606095949293849361ffff90931692909184918301828280156107c357602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610798575b505050505091509250925050915091565b67ffffffffffffffff82165f9081527fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b016020908152604080832073ffffffffffffffffffffffffffffffffffffffff8516845260020190915290205415155b92915050565b7fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b005467ffffffffffffffff16610871818585856109cb565b9392505050565b5f6060805f5f5f6060610889610efe565b610891610f29565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6108e2848484846109cb565b50505050565b5f6108f6868686868661090e565b9695505050505050565b5f610909610f54565b905090565b5f6108f67f4e4381b833773f14690752759c1a1698b8a6520c7d6285dc21eed74a2fbb73bb878787604051602001610947929190611976565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201209083019490945267ffffffffffffffff92831690820152606081019290925261ffff86166080830152841660a082015260c0016040516020818303038152906040528051906020012061108a565b67ffffffffffffffff84165f9081527fb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b01602052604081206001810154909161ffff90911690819003610a55576040517fd80dd38a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff871660048201526024016104bc565b5f5f610a7b84848660010160029054906101000a900461ffff1661ffff168a8a8a6110d1565b90925090505f826005811115610a9357610a936119c2565b03610aa157505050506108e2565b6001826005811115610ab557610ab56119c2565b03610aef576040517f1d21bc58000000000000000000000000000000000000000000000000000000008152600481018290526024016104bc565b6002826005811115610b0357610b036119c2565b03610b44576040517f934c4ce900000000000000000000000000000000000000000000000000000000815260048101829052602481018490526044016104bc565b6003826005811115610b5857610b586119c2565b03610b92576040517f8c5db0e5000000000000000000000000000000000000000000000000000000008152600481018290526024016104bc565b6004826005811115610ba657610ba66119c2565b03610bf5576040517f4d0f9a0600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016104bc565b6040517f99aa173200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016104bc565b82515f819003610c7b576040517f6d71fd5f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61ffff811115610cba576040517f9e942d25000000000000000000000000000000000000000000000000000000008152600481018290526024016104bc565b61ffff83161580610cce5750808361ffff16115b15610d12576040517f2273740900000000000000000000000000000000000000000000000000000000815261ffff84166004820152602481018290526044016104bc565b67ffffffffffffffff85165f9081526001870160205260408120905b82811015610e69575f868281518110610d4957610d496119ef565b602002602001015190505f73ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1603610db8576040517fc04cc09c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81165f90815260028401602052604090205415610e2e576040517f02d62a2600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff821660048201526024016104bc565b610e39826001611a1c565b73ffffffffffffffffffffffffffffffffffffffff9091165f908152600284016020526040902055600101610d2e565b508451610e7c90829060208801906113a9565b50600101805461ffff9485167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000090911617620100009290941691909102929092177fffffffffffffffffffffffffffffffffffffffff0000000000000000ffffffff1664010000000067ffffffffffffffff9290921691909102179055505050565b60606109097f00000000000000000000000000000000000000000000000000000000000000006112a8565b60606109097f00000000000000000000000000000000000000000000000000000000000000006112a8565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015610fb957507f000000000000000000000000000000000000000000000000000000000000000046145b15610fe357507f000000000000000000000000000000000000000000000000000000000000000090565b610909604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f610833611096610f54565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f806110de604184611a5c565b156110ee5750600190508161129d565b5f6110fa604185611a6f565b90508781101561110f5760029250905061129d565b600289015f61112360088a901c6001611a1c565b67ffffffffffffffff81111561113b5761113b611949565b604051908082528060200260200182016040528015611164578160200160208202803683370190505b5090505f5b8a811015611292575f61117e8a8a8a856112e5565b905073ffffffffffffffffffffffffffffffffffffffff81166111ab575060039550935061129d92505050565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260208590526040812054908190036111ff57506004965073ffffffffffffffffffffffffffffffffffffffff16945061129d9350505050565b5f8160ff166001901b90505f85600884901c81518110611221576112216119ef565b602002602001015190508181165f1461125e5760058473ffffffffffffffffffffffffffffffffffffffff1699509950505050505050505061129d565b81811786600885901c81518110611277576112776119ef565b60200260200101818152505050505050806001019050611169565b505f5f945094505050505b965096945050505050565b60605f6112b483611369565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f6041820284018035602082013560408301355f1a92506040518881528360208201528260408201528160608201525f5f5260205f60808360015afa50505f519350601c8314601b841417157f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211171561135e575f93505b505050949350505050565b5f60ff8216601f811115610833576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b828054828255905f5260205f20908101928215611421579160200282015b8281111561142157825182547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9091161782556020909201916001909101906113c7565b5061142d929150611431565b5090565b5b8082111561142d575f8155600101611432565b803567ffffffffffffffff8116811461145c575f5ffd5b919050565b5f5f83601f840112611471575f5ffd5b50813567ffffffffffffffff811115611488575f5ffd5b6020830191508360208260051b85010111156114a2575f5ffd5b9250929050565b803561ffff8116811461145c575f5ffd5b5f5f83601f8401126114ca575f5ffd5b50813567ffffffffffffffff8111156114e1575f5ffd5b6020830191508360208285010111156114a2575f5ffd5b5f5f5f5f5f5f5f60a0888a03121561150e575f5ffd5b61151788611445565b9650602088013567ffffffffffffffff811115611532575f5ffd5b61153e8a828b01611461565b90975095506115519050604089016114a9565b935061155f60608901611445565b9250608088013567ffffffffffffffff81111561157a575f5ffd5b6115868a828b016114ba565b989b979a50959850939692959293505050565b5f602082840312156115a9575f5ffd5b61087182611445565b604080825283519082018190525f9060208501906060840190835b8181101561160157835173ffffffffffffffffffffffffffffffffffffffff168352602093840193909201916001016115cd565b5050809250505061ffff831660208301529392505050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461145c575f5ffd5b5f5f6040838503121561164d575f5ffd5b61165683611445565b915061166460208401611619565b90509250929050565b5f5f5f6040848603121561167f575f5ffd5b83359250602084013567ffffffffffffffff81111561169c575f5ffd5b6116a8868287016114ba565b9497909650939450505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61173b60e08301896116b5565b828103604084015261174d81896116b5565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156117af578351835260209384019390920191600101611791565b50909b9a5050505050505050505050565b5f5f5f5f606085870312156117d3575f5ffd5b6117dc85611445565b935060208501359250604085013567ffffffffffffffff8111156117fe575f5ffd5b61180a878288016114ba565b95989497509550505050565b5f5f5f5f5f6080868803121561182a575f5ffd5b61183386611445565b9450602086013567ffffffffffffffff81111561184e575f5ffd5b61185a88828901611461565b909550935061186d9050604087016114a9565b915061187b60608701611445565b90509295509295909350565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561083357610833611887565b606080825281018490525f8560808301825b878110156119215773ffffffffffffffffffffffffffffffffffffffff61190c84611619565b168252602092830192909101906001016118e6565b5061ffff959095166020840152505067ffffffffffffffff9190911660409091015292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f8184825b858110156119b75773ffffffffffffffffffffffffffffffffffffffff6119a183611619565b168352602092830192919091019060010161197b565b509095945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8082018082111561083357610833611887565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82611a6a57611a6a611a2f565b500690565b5f82611a7d57611a7d611a2f565b50049056fea26469706673582212204dade14900f517e1a4c8cf443ed12df66f21cc064f24d6f339c213038b3d8c7f64736f6c634300081e0033",
}

// KMSVerifier is an auto generated Go binding around an Ethereum contract.
type KMSVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KMSVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewKMSVerifier creates a new instance of KMSVerifier.
func NewKMSVerifier() *KMSVerifier {
	parsed, err := KMSVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KMSVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KMSVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 initialEpoch, uint64 initialKeyEpoch, address[] signers, uint16 threshold, uint64 minRotationDelay_) returns()
func (kMSVerifier *KMSVerifier) PackConstructor(initialEpoch uint64, initialKeyEpoch uint64, signers []common.Address, threshold uint16, minRotationDelay_ uint64) []byte {
	enc, err := kMSVerifier.abi.Pack("", initialEpoch, initialKeyEpoch, signers, threshold, minRotationDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXROTATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c16bb4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROTATION_DELAY() view returns(uint64)
func (kMSVerifier *KMSVerifier) PackMAXROTATIONDELAY() []byte {
	enc, err := kMSVerifier.abi.Pack("MAX_ROTATION_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROTATIONDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c16bb4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROTATION_DELAY() view returns(uint64)
func (kMSVerifier *KMSVerifier) TryPackMAXROTATIONDELAY() ([]byte, error) {
	return kMSVerifier.abi.Pack("MAX_ROTATION_DELAY")
}

// UnpackMAXROTATIONDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c16bb4d.
//
// Solidity: function MAX_ROTATION_DELAY() view returns(uint64)
func (kMSVerifier *KMSVerifier) UnpackMAXROTATIONDELAY(data []byte) (uint64, error) {
	out, err := kMSVerifier.abi.Unpack("MAX_ROTATION_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSIGNERSETUPDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x539f7b91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SIGNER_SET_UPDATE_TYPEHASH() view returns(bytes32)
func (kMSVerifier *KMSVerifier) PackSIGNERSETUPDATETYPEHASH() []byte {
	enc, err := kMSVerifier.abi.Pack("SIGNER_SET_UPDATE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSIGNERSETUPDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x539f7b91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SIGNER_SET_UPDATE_TYPEHASH() view returns(bytes32)
func (kMSVerifier *KMSVerifier) TryPackSIGNERSETUPDATETYPEHASH() ([]byte, error) {
	return kMSVerifier.abi.Pack("SIGNER_SET_UPDATE_TYPEHASH")
}

// UnpackSIGNERSETUPDATETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x539f7b91.
//
// Solidity: function SIGNER_SET_UPDATE_TYPEHASH() view returns(bytes32)
func (kMSVerifier *KMSVerifier) UnpackSIGNERSETUPDATETYPEHASH(data []byte) ([32]byte, error) {
	out, err := kMSVerifier.abi.Unpack("SIGNER_SET_UPDATE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (kMSVerifier *KMSVerifier) PackSTORAGESLOT() []byte {
	enc, err := kMSVerifier.abi.Pack("STORAGE_SLOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTORAGESLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x517d217e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (kMSVerifier *KMSVerifier) TryPackSTORAGESLOT() ([]byte, error) {
	return kMSVerifier.abi.Pack("STORAGE_SLOT")
}

// UnpackSTORAGESLOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x517d217e.
//
// Solidity: function STORAGE_SLOT() view returns(bytes32)
func (kMSVerifier *KMSVerifier) UnpackSTORAGESLOT(data []byte) ([32]byte, error) {
	out, err := kMSVerifier.abi.Unpack("STORAGE_SLOT", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint64)
func (kMSVerifier *KMSVerifier) PackCurrentEpoch() []byte {
	enc, err := kMSVerifier.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint64)
func (kMSVerifier *KMSVerifier) TryPackCurrentEpoch() ([]byte, error) {
	return kMSVerifier.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (kMSVerifier *KMSVerifier) UnpackCurrentEpoch(data []byte) (uint64, error) {
	out, err := kMSVerifier.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCurrentKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda1d43fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentKeyEpoch() view returns(uint64)
func (kMSVerifier *KMSVerifier) PackCurrentKeyEpoch() []byte {
	enc, err := kMSVerifier.abi.Pack("currentKeyEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentKeyEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda1d43fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentKeyEpoch() view returns(uint64)
func (kMSVerifier *KMSVerifier) TryPackCurrentKeyEpoch() ([]byte, error) {
	return kMSVerifier.abi.Pack("currentKeyEpoch")
}

// UnpackCurrentKeyEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda1d43fe.
//
// Solidity: function currentKeyEpoch() view returns(uint64)
func (kMSVerifier *KMSVerifier) UnpackCurrentKeyEpoch(data []byte) (uint64, error) {
	out, err := kMSVerifier.abi.Unpack("currentKeyEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCurrentThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf910cff8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentThreshold() view returns(uint16)
func (kMSVerifier *KMSVerifier) PackCurrentThreshold() []byte {
	enc, err := kMSVerifier.abi.Pack("currentThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf910cff8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentThreshold() view returns(uint16)
func (kMSVerifier *KMSVerifier) TryPackCurrentThreshold() ([]byte, error) {
	return kMSVerifier.abi.Pack("currentThreshold")
}

// UnpackCurrentThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf910cff8.
//
// Solidity: function currentThreshold() view returns(uint16)
func (kMSVerifier *KMSVerifier) UnpackCurrentThreshold(data []byte) (uint16, error) {
	out, err := kMSVerifier.abi.Unpack("currentThreshold", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (kMSVerifier *KMSVerifier) PackDomainSeparator() []byte {
	enc, err := kMSVerifier.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (kMSVerifier *KMSVerifier) TryPackDomainSeparator() ([]byte, error) {
	return kMSVerifier.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (kMSVerifier *KMSVerifier) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := kMSVerifier.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kMSVerifier *KMSVerifier) PackEip712Domain() []byte {
	enc, err := kMSVerifier.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kMSVerifier *KMSVerifier) TryPackEip712Domain() ([]byte, error) {
	return kMSVerifier.abi.Pack("eip712Domain")
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kMSVerifier *KMSVerifier) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := kMSVerifier.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa6bbf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSigner(uint64 epoch, address account) view returns(bool)
func (kMSVerifier *KMSVerifier) PackIsSigner(epoch uint64, account common.Address) []byte {
	enc, err := kMSVerifier.abi.Pack("isSigner", epoch, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa6bbf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSigner(uint64 epoch, address account) view returns(bool)
func (kMSVerifier *KMSVerifier) TryPackIsSigner(epoch uint64, account common.Address) ([]byte, error) {
	return kMSVerifier.abi.Pack("isSigner", epoch, account)
}

// UnpackIsSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1aa6bbf4.
//
// Solidity: function isSigner(uint64 epoch, address account) view returns(bool)
func (kMSVerifier *KMSVerifier) UnpackIsSigner(data []byte) (bool, error) {
	out, err := kMSVerifier.abi.Unpack("isSigner", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackKeyEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x845904df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function keyEpochOf(uint64 epoch) view returns(uint64)
func (kMSVerifier *KMSVerifier) PackKeyEpochOf(epoch uint64) []byte {
	enc, err := kMSVerifier.abi.Pack("keyEpochOf", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKeyEpochOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x845904df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function keyEpochOf(uint64 epoch) view returns(uint64)
func (kMSVerifier *KMSVerifier) TryPackKeyEpochOf(epoch uint64) ([]byte, error) {
	return kMSVerifier.abi.Pack("keyEpochOf", epoch)
}

// UnpackKeyEpochOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x845904df.
//
// Solidity: function keyEpochOf(uint64 epoch) view returns(uint64)
func (kMSVerifier *KMSVerifier) UnpackKeyEpochOf(data []byte) (uint64, error) {
	out, err := kMSVerifier.abi.Unpack("keyEpochOf", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastRotationAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31fc3af9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRotationAt() view returns(uint64)
func (kMSVerifier *KMSVerifier) PackLastRotationAt() []byte {
	enc, err := kMSVerifier.abi.Pack("lastRotationAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRotationAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31fc3af9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRotationAt() view returns(uint64)
func (kMSVerifier *KMSVerifier) TryPackLastRotationAt() ([]byte, error) {
	return kMSVerifier.abi.Pack("lastRotationAt")
}

// UnpackLastRotationAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31fc3af9.
//
// Solidity: function lastRotationAt() view returns(uint64)
func (kMSVerifier *KMSVerifier) UnpackLastRotationAt(data []byte) (uint64, error) {
	out, err := kMSVerifier.abi.Unpack("lastRotationAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinRotationDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7455c42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minRotationDelay() view returns(uint64)
func (kMSVerifier *KMSVerifier) PackMinRotationDelay() []byte {
	enc, err := kMSVerifier.abi.Pack("minRotationDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinRotationDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7455c42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minRotationDelay() view returns(uint64)
func (kMSVerifier *KMSVerifier) TryPackMinRotationDelay() ([]byte, error) {
	return kMSVerifier.abi.Pack("minRotationDelay")
}

// UnpackMinRotationDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7455c42.
//
// Solidity: function minRotationDelay() view returns(uint64)
func (kMSVerifier *KMSVerifier) UnpackMinRotationDelay(data []byte) (uint64, error) {
	out, err := kMSVerifier.abi.Unpack("minRotationDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRotate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c91ce7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotate(uint64 newEpoch, address[] signers, uint16 threshold, uint64 keyEpoch, bytes signatures) returns()
func (kMSVerifier *KMSVerifier) PackRotate(newEpoch uint64, signers []common.Address, threshold uint16, keyEpoch uint64, signatures []byte) []byte {
	enc, err := kMSVerifier.abi.Pack("rotate", newEpoch, signers, threshold, keyEpoch, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15c91ce7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotate(uint64 newEpoch, address[] signers, uint16 threshold, uint64 keyEpoch, bytes signatures) returns()
func (kMSVerifier *KMSVerifier) TryPackRotate(newEpoch uint64, signers []common.Address, threshold uint16, keyEpoch uint64, signatures []byte) ([]byte, error) {
	return kMSVerifier.abi.Pack("rotate", newEpoch, signers, threshold, keyEpoch, signatures)
}

// PackSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1779270f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerSet(uint64 epoch) view returns(address[] signers, uint16 threshold)
func (kMSVerifier *KMSVerifier) PackSignerSet(epoch uint64) []byte {
	enc, err := kMSVerifier.abi.Pack("signerSet", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1779270f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerSet(uint64 epoch) view returns(address[] signers, uint16 threshold)
func (kMSVerifier *KMSVerifier) TryPackSignerSet(epoch uint64) ([]byte, error) {
	return kMSVerifier.abi.Pack("signerSet", epoch)
}

// SignerSetOutput serves as a container for the return parameters of contract
// method SignerSet.
type SignerSetOutput struct {
	Signers   []common.Address
	Threshold uint16
}

// UnpackSignerSet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1779270f.
//
// Solidity: function signerSet(uint64 epoch) view returns(address[] signers, uint16 threshold)
func (kMSVerifier *KMSVerifier) UnpackSignerSet(data []byte) (SignerSetOutput, error) {
	out, err := kMSVerifier.abi.Unpack("signerSet", data)
	outstruct := new(SignerSetOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Signers = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackSignerSetUpdateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd67545fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerSetUpdateDigest(uint64 epoch, address[] signers, uint16 threshold, uint64 keyEpoch) view returns(bytes32)
func (kMSVerifier *KMSVerifier) PackSignerSetUpdateDigest(epoch uint64, signers []common.Address, threshold uint16, keyEpoch uint64) []byte {
	enc, err := kMSVerifier.abi.Pack("signerSetUpdateDigest", epoch, signers, threshold, keyEpoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerSetUpdateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd67545fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerSetUpdateDigest(uint64 epoch, address[] signers, uint16 threshold, uint64 keyEpoch) view returns(bytes32)
func (kMSVerifier *KMSVerifier) TryPackSignerSetUpdateDigest(epoch uint64, signers []common.Address, threshold uint16, keyEpoch uint64) ([]byte, error) {
	return kMSVerifier.abi.Pack("signerSetUpdateDigest", epoch, signers, threshold, keyEpoch)
}

// UnpackSignerSetUpdateDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd67545fd.
//
// Solidity: function signerSetUpdateDigest(uint64 epoch, address[] signers, uint16 threshold, uint64 keyEpoch) view returns(bytes32)
func (kMSVerifier *KMSVerifier) UnpackSignerSetUpdateDigest(data []byte) ([32]byte, error) {
	out, err := kMSVerifier.abi.Unpack("signerSetUpdateDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x258ae582.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 digest, bytes signatures) view returns(uint64 epoch)
func (kMSVerifier *KMSVerifier) PackVerify(digest [32]byte, signatures []byte) []byte {
	enc, err := kMSVerifier.abi.Pack("verify", digest, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x258ae582.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 digest, bytes signatures) view returns(uint64 epoch)
func (kMSVerifier *KMSVerifier) TryPackVerify(digest [32]byte, signatures []byte) ([]byte, error) {
	return kMSVerifier.abi.Pack("verify", digest, signatures)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x258ae582.
//
// Solidity: function verify(bytes32 digest, bytes signatures) view returns(uint64 epoch)
func (kMSVerifier *KMSVerifier) UnpackVerify(data []byte) (uint64, error) {
	out, err := kMSVerifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVerifyAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec642a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAt(uint64 epoch, bytes32 digest, bytes signatures) view returns()
func (kMSVerifier *KMSVerifier) PackVerifyAt(epoch uint64, digest [32]byte, signatures []byte) []byte {
	enc, err := kMSVerifier.abi.Pack("verifyAt", epoch, digest, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ec642a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAt(uint64 epoch, bytes32 digest, bytes signatures) view returns()
func (kMSVerifier *KMSVerifier) TryPackVerifyAt(epoch uint64, digest [32]byte, signatures []byte) ([]byte, error) {
	return kMSVerifier.abi.Pack("verifyAt", epoch, digest, signatures)
}

// KMSVerifierEIP712DomainChanged represents a EIP712DomainChanged event raised by the KMSVerifier contract.
type KMSVerifierEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const KMSVerifierEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (KMSVerifierEIP712DomainChanged) ContractEventName() string {
	return KMSVerifierEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (kMSVerifier *KMSVerifier) UnpackEIP712DomainChangedEvent(log *types.Log) (*KMSVerifierEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kMSVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KMSVerifierEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := kMSVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kMSVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KMSVerifierSignerSetUpdated represents a SignerSetUpdated event raised by the KMSVerifier contract.
type KMSVerifierSignerSetUpdated struct {
	Epoch     uint64
	Signers   []common.Address
	Threshold uint16
	KeyEpoch  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const KMSVerifierSignerSetUpdatedEventName = "SignerSetUpdated"

// ContractEventName returns the user-defined event name.
func (KMSVerifierSignerSetUpdated) ContractEventName() string {
	return KMSVerifierSignerSetUpdatedEventName
}

// UnpackSignerSetUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignerSetUpdated(uint64 indexed epoch, address[] signers, uint16 threshold, uint64 keyEpoch)
func (kMSVerifier *KMSVerifier) UnpackSignerSetUpdatedEvent(log *types.Log) (*KMSVerifierSignerSetUpdated, error) {
	event := "SignerSetUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kMSVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KMSVerifierSignerSetUpdated)
	if len(log.Data) > 0 {
		if err := kMSVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kMSVerifier.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kMSVerifier *KMSVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierDuplicateSigner"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierDuplicateSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierEmptySignerSet"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierEmptySignerSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierInvalidEpoch"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierInvalidEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierInvalidKeyEpoch"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierInvalidKeyEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierInvalidRotationDelay"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierInvalidRotationDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierInvalidSignature"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierInvalidSignaturesLength"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierInvalidSignaturesLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierInvalidThreshold"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierInvalidThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierNotEnoughSignatures"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierRepeatedSigner"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierRepeatedSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierRotationTooEarly"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierRotationTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierTooManySigners"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierTooManySignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierUnknownEpoch"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierUnknownEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierUnknownSigner"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["KMSVerifierZeroSigner"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackKMSVerifierZeroSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kMSVerifier.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return kMSVerifier.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KMSVerifierInvalidShortString represents a InvalidShortString error raised by the KMSVerifier contract.
type KMSVerifierInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func KMSVerifierInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (kMSVerifier *KMSVerifier) UnpackInvalidShortStringError(raw []byte) (*KMSVerifierInvalidShortString, error) {
	out := new(KMSVerifierInvalidShortString)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierDuplicateSigner represents a KMSVerifierDuplicateSigner error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierDuplicateSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierDuplicateSigner(address signer)
func KMSVerifierKMSVerifierDuplicateSignerErrorID() common.Hash {
	return common.HexToHash("0x99aa1732c96cfedf70e55b5daca2074b232c2c3c9e4c29075e5326f64fd78c10")
}

// UnpackKMSVerifierDuplicateSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierDuplicateSigner(address signer)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierDuplicateSignerError(raw []byte) (*KMSVerifierKMSVerifierDuplicateSigner, error) {
	out := new(KMSVerifierKMSVerifierDuplicateSigner)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierDuplicateSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierEmptySignerSet represents a KMSVerifierEmptySignerSet error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierEmptySignerSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierEmptySignerSet()
func KMSVerifierKMSVerifierEmptySignerSetErrorID() common.Hash {
	return common.HexToHash("0x6d71fd5f632ca29e14a2fe9afbb93230ce417c47071a3403c4a958e9d0711092")
}

// UnpackKMSVerifierEmptySignerSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierEmptySignerSet()
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierEmptySignerSetError(raw []byte) (*KMSVerifierKMSVerifierEmptySignerSet, error) {
	out := new(KMSVerifierKMSVerifierEmptySignerSet)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierEmptySignerSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierInvalidEpoch represents a KMSVerifierInvalidEpoch error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierInvalidEpoch struct {
	Expected uint64
	Provided uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierInvalidEpoch(uint64 expected, uint64 provided)
func KMSVerifierKMSVerifierInvalidEpochErrorID() common.Hash {
	return common.HexToHash("0xf117ba25c4aefb2aa07e28d48992485d5b3d77fc04b107d6d5215ac391c32ec0")
}

// UnpackKMSVerifierInvalidEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierInvalidEpoch(uint64 expected, uint64 provided)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierInvalidEpochError(raw []byte) (*KMSVerifierKMSVerifierInvalidEpoch, error) {
	out := new(KMSVerifierKMSVerifierInvalidEpoch)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierInvalidEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierInvalidKeyEpoch represents a KMSVerifierInvalidKeyEpoch error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierInvalidKeyEpoch struct {
	KeyEpoch uint64
	Epoch    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierInvalidKeyEpoch(uint64 keyEpoch, uint64 epoch)
func KMSVerifierKMSVerifierInvalidKeyEpochErrorID() common.Hash {
	return common.HexToHash("0x878dd5557366baba0c55e211193a44b298b0dac0c0374e63bd07ce25b6cfb220")
}

// UnpackKMSVerifierInvalidKeyEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierInvalidKeyEpoch(uint64 keyEpoch, uint64 epoch)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierInvalidKeyEpochError(raw []byte) (*KMSVerifierKMSVerifierInvalidKeyEpoch, error) {
	out := new(KMSVerifierKMSVerifierInvalidKeyEpoch)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierInvalidKeyEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierInvalidRotationDelay represents a KMSVerifierInvalidRotationDelay error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierInvalidRotationDelay struct {
	Given uint64
	Max   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierInvalidRotationDelay(uint64 given, uint64 max)
func KMSVerifierKMSVerifierInvalidRotationDelayErrorID() common.Hash {
	return common.HexToHash("0xe83fb3f3295aa8f17023b4e02fdb92da82c59d444010814653eaba80d2b7f10a")
}

// UnpackKMSVerifierInvalidRotationDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierInvalidRotationDelay(uint64 given, uint64 max)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierInvalidRotationDelayError(raw []byte) (*KMSVerifierKMSVerifierInvalidRotationDelay, error) {
	out := new(KMSVerifierKMSVerifierInvalidRotationDelay)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierInvalidRotationDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierInvalidSignature represents a KMSVerifierInvalidSignature error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierInvalidSignature(uint256 index)
func KMSVerifierKMSVerifierInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8c5db0e589535b92810223c529cd11ebca09a54b6e95df2789acef063f30c858")
}

// UnpackKMSVerifierInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierInvalidSignature(uint256 index)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierInvalidSignatureError(raw []byte) (*KMSVerifierKMSVerifierInvalidSignature, error) {
	out := new(KMSVerifierKMSVerifierInvalidSignature)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierInvalidSignaturesLength represents a KMSVerifierInvalidSignaturesLength error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierInvalidSignaturesLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierInvalidSignaturesLength(uint256 length)
func KMSVerifierKMSVerifierInvalidSignaturesLengthErrorID() common.Hash {
	return common.HexToHash("0x1d21bc586711e9733cc8a1ca232c06342e1ba966e5b5d2f2e1b089040a9574b6")
}

// UnpackKMSVerifierInvalidSignaturesLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierInvalidSignaturesLength(uint256 length)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierInvalidSignaturesLengthError(raw []byte) (*KMSVerifierKMSVerifierInvalidSignaturesLength, error) {
	out := new(KMSVerifierKMSVerifierInvalidSignaturesLength)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierInvalidSignaturesLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierInvalidThreshold represents a KMSVerifierInvalidThreshold error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierInvalidThreshold struct {
	Threshold   uint16
	SignerCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierInvalidThreshold(uint16 threshold, uint256 signerCount)
func KMSVerifierKMSVerifierInvalidThresholdErrorID() common.Hash {
	return common.HexToHash("0x22737409c27da1ce06cbb6d2048da95759f777c680edbd29f29d1c5a909d1f1c")
}

// UnpackKMSVerifierInvalidThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierInvalidThreshold(uint16 threshold, uint256 signerCount)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierInvalidThresholdError(raw []byte) (*KMSVerifierKMSVerifierInvalidThreshold, error) {
	out := new(KMSVerifierKMSVerifierInvalidThreshold)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierInvalidThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierNotEnoughSignatures represents a KMSVerifierNotEnoughSignatures error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierNotEnoughSignatures struct {
	Provided  *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierNotEnoughSignatures(uint256 provided, uint256 threshold)
func KMSVerifierKMSVerifierNotEnoughSignaturesErrorID() common.Hash {
	return common.HexToHash("0x934c4ce9ef6357f63102a9c90ff57ef82a09290ec42613b7e680e97602b17c43")
}

// UnpackKMSVerifierNotEnoughSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierNotEnoughSignatures(uint256 provided, uint256 threshold)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierNotEnoughSignaturesError(raw []byte) (*KMSVerifierKMSVerifierNotEnoughSignatures, error) {
	out := new(KMSVerifierKMSVerifierNotEnoughSignatures)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierNotEnoughSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierRepeatedSigner represents a KMSVerifierRepeatedSigner error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierRepeatedSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierRepeatedSigner(address signer)
func KMSVerifierKMSVerifierRepeatedSignerErrorID() common.Hash {
	return common.HexToHash("0x02d62a26561a3570fe5218031ded425aaa3a798249da6b0ae9d8edf5e2959244")
}

// UnpackKMSVerifierRepeatedSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierRepeatedSigner(address signer)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierRepeatedSignerError(raw []byte) (*KMSVerifierKMSVerifierRepeatedSigner, error) {
	out := new(KMSVerifierKMSVerifierRepeatedSigner)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierRepeatedSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierRotationTooEarly represents a KMSVerifierRotationTooEarly error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierRotationTooEarly struct {
	NotBefore uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierRotationTooEarly(uint64 notBefore)
func KMSVerifierKMSVerifierRotationTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xe80d0273024d36811ee5876a085114368bcb7b68906ba065e77772f1fdfaf596")
}

// UnpackKMSVerifierRotationTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierRotationTooEarly(uint64 notBefore)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierRotationTooEarlyError(raw []byte) (*KMSVerifierKMSVerifierRotationTooEarly, error) {
	out := new(KMSVerifierKMSVerifierRotationTooEarly)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierRotationTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierTooManySigners represents a KMSVerifierTooManySigners error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierTooManySigners struct {
	SignerCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierTooManySigners(uint256 signerCount)
func KMSVerifierKMSVerifierTooManySignersErrorID() common.Hash {
	return common.HexToHash("0x9e942d25ab61a8af7a107861d96030ab740b501e53ba44f6adde6b4b7010d6e8")
}

// UnpackKMSVerifierTooManySignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierTooManySigners(uint256 signerCount)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierTooManySignersError(raw []byte) (*KMSVerifierKMSVerifierTooManySigners, error) {
	out := new(KMSVerifierKMSVerifierTooManySigners)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierTooManySigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierUnknownEpoch represents a KMSVerifierUnknownEpoch error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierUnknownEpoch struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierUnknownEpoch(uint64 epoch)
func KMSVerifierKMSVerifierUnknownEpochErrorID() common.Hash {
	return common.HexToHash("0xd80dd38a4146708ca4e65de6858015b9d045cff2f32045d1bf3ef0485fcc4910")
}

// UnpackKMSVerifierUnknownEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierUnknownEpoch(uint64 epoch)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierUnknownEpochError(raw []byte) (*KMSVerifierKMSVerifierUnknownEpoch, error) {
	out := new(KMSVerifierKMSVerifierUnknownEpoch)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierUnknownEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierUnknownSigner represents a KMSVerifierUnknownSigner error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierUnknownSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierUnknownSigner(address signer)
func KMSVerifierKMSVerifierUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0x4d0f9a0650b815edd20fa9875155a3f78c06640f2b9fb458d55f5d8572dac2e1")
}

// UnpackKMSVerifierUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierUnknownSigner(address signer)
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierUnknownSignerError(raw []byte) (*KMSVerifierKMSVerifierUnknownSigner, error) {
	out := new(KMSVerifierKMSVerifierUnknownSigner)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierUnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierKMSVerifierZeroSigner represents a KMSVerifierZeroSigner error raised by the KMSVerifier contract.
type KMSVerifierKMSVerifierZeroSigner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KMSVerifierZeroSigner()
func KMSVerifierKMSVerifierZeroSignerErrorID() common.Hash {
	return common.HexToHash("0xc04cc09c87cb47b2d1755fd51f30765e42a03194325e9f788cc61df002ecc6a5")
}

// UnpackKMSVerifierZeroSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KMSVerifierZeroSigner()
func (kMSVerifier *KMSVerifier) UnpackKMSVerifierZeroSignerError(raw []byte) (*KMSVerifierKMSVerifierZeroSigner, error) {
	out := new(KMSVerifierKMSVerifierZeroSigner)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "KMSVerifierZeroSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KMSVerifierStringTooLong represents a StringTooLong error raised by the KMSVerifier contract.
type KMSVerifierStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func KMSVerifierStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (kMSVerifier *KMSVerifier) UnpackStringTooLongError(raw []byte) (*KMSVerifierStringTooLong, error) {
	out := new(KMSVerifierStringTooLong)
	if err := kMSVerifier.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockRequesterMetaData contains all meta data concerning the MockRequester contract.
var MockRequesterMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"oracle_\",\"type\":\"address\",\"internalType\":\"contractIDecryptionOracle\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"calls\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"followUpRequestId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gasAtEntry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastCleartexts\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastRequestId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mode\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumMockRequester.Mode\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onResult\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cleartexts\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"oracle\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIDecryptionOracle\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reentryReverted\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rejectPayments\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"handles\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"},{\"name\":\"gasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"maxDelay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"setFollowUp\",\"inputs\":[{\"name\":\"handles\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMode\",\"inputs\":[{\"name\":\"m\",\"type\":\"uint8\",\"internalType\":\"enumMockRequester.Mode\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setReentry\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cleartexts\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRejectPayments\",\"inputs\":[{\"name\":\"reject\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"}]",
	ID:  "MockRequester",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161120038038061120083398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516111606100a05f395f81816102b3015281816103dd0152818161055801528181610720015261080901526111605ff3fe6080604052600436106100e7575f3560e01c80637664fab511610087578063b5a66ca011610057578063b5a66ca014610338578063c09ed9dc14610357578063f9dbd85f1461036c578063fc2a88c314610381575f5ffd5b80637664fab5146102815780637dc0d1d0146102a257806391ca7202146102fa5780639bf2b80514610319575f5ffd5b8063309e6812116100c2578063309e6812146101d857806338077883146101eb5780635a2056ba146102145780635a59799c14610231575f5ffd5b806321175b4a14610168578063295a521214610187578063305f72b7146101b5575f5ffd5b36610164575f54610100900460ff1615610162576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6e6f207061796d656e747300000000000000000000000000000000000000000060448201526064015b60405180910390fd5b005b5f5ffd5b348015610173575f5ffd5b506101626101823660046109ae565b610396565b348015610192575f5ffd5b505f5461019f9060ff1681565b6040516101ac9190610a00565b60405180910390f35b3480156101c0575f5ffd5b506101ca60015481565b6040519081526020016101ac565b6101ca6101e6366004610a87565b6103da565b3480156101f6575f5ffd5b506005546102049060ff1681565b60405190151581526020016101ac565b34801561021f575f5ffd5b505f5461020490610100900460ff1681565b34801561023c575f5ffd5b5061016261024b366004610b37565b5f8054911515610100027fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00ff909216919091179055565b34801561028c575f5ffd5b50610295610488565b6040516101ac9190610b56565b3480156102ad575f5ffd5b506102d57f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101ac565b348015610305575f5ffd5b50610162610314366004610be7565b610514565b348015610324575f5ffd5b50610162610333366004610c60565b61053c565b348015610343575f5ffd5b50610162610352366004610ca8565b610940565b348015610362575f5ffd5b506101ca60045481565b348015610377575f5ffd5b506101ca60065481565b34801561038c575f5ffd5b506101ca60025481565b5f80548291907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660018360058111156103d2576103d26109d3565b021790555050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663e082a63a3488888888886040518763ffffffff1660e01b815260040161043d959493929190610ce7565b60206040518083038185885af1158015610459573d5f5f3e3d5ffd5b50505050506040513d601f19601f8201168201806040525081019061047e9190610d7b565b9695505050505050565b6003805461049590610d92565b80601f01602080910402602001604051908101604052809291908181526020018280546104c190610d92565b801561050c5780601f106104e35761010080835404028352916020019161050c565b820191905f5260205f20905b8154815290600101906020018083116104ef57829003601f168201915b505050505081565b60078590556008610526848683610e5b565b506009610534828483610e5b565b505050505050565b5a6004553373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146105df576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f6e6f74206f7261636c65000000000000000000000000000000000000000000006044820152606401610159565b5f5460ff1660018160058111156105f8576105f86109d3565b0361065f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f63616c6c6261636b206661696c656400000000000000000000000000000000006044820152606401610159565b6002816005811115610673576106736109d3565b0361067e575b610679565b6001805f82825461068f9190610f71565b9091555050600284905560036106a6838583610e5b565b5060038160058111156106bb576106bb6109d3565b036106c757620493e05ff35b60048160058111156106db576106db6109d3565b036107b4576007546040517f6a8b5d5c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001691636a8b5d5c9161075c9190600890309060099060040161104c565b5f604051808303815f87803b158015610773575f5ffd5b505af1925050508015610784575060015b6107b457600580547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790555b60058160058111156107c8576107c86109d3565b0361093a57600a546040517f5bc6d2e20000000000000000000000000000000000000000000000000000000081526004810191909152620186a060248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063e082a63a908290635bc6d2e290604401602060405180830381865afa15801561086b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061088f9190610d7b565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526108f590600a907f9bf2b8050000000000000000000000000000000000000000000000000000000090620186a090610e109060040161109d565b60206040518083038185885af1158015610911573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906109369190610d7b565b6006555b50505050565b61094c600a8383610951565b505050565b828054828255905f5260205f2090810192821561098a579160200282015b8281111561098a57823582559160200191906001019061096f565b5061099692915061099a565b5090565b5b80821115610996575f815560010161099b565b5f602082840312156109be575f5ffd5b8135600681106109cc575f5ffd5b9392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6020810160068310610a39577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b91905290565b5f5f83601f840112610a4f575f5ffd5b50813567ffffffffffffffff811115610a66575f5ffd5b6020830191508360208260051b8501011115610a80575f5ffd5b9250929050565b5f5f5f5f5f60808688031215610a9b575f5ffd5b853567ffffffffffffffff811115610ab1575f5ffd5b610abd88828901610a3f565b90965094505060208601357fffffffff0000000000000000000000000000000000000000000000000000000081168114610af5575f5ffd5b9250604086013563ffffffff81168114610b0d575f5ffd5b9150606086013567ffffffffffffffff81168114610b29575f5ffd5b809150509295509295909350565b5f60208284031215610b47575f5ffd5b813580151581146109cc575f5ffd5b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f83601f840112610bb9575f5ffd5b50813567ffffffffffffffff811115610bd0575f5ffd5b602083019150836020828501011115610a80575f5ffd5b5f5f5f5f5f60608688031215610bfb575f5ffd5b85359450602086013567ffffffffffffffff811115610c18575f5ffd5b610c2488828901610ba9565b909550935050604086013567ffffffffffffffff811115610c43575f5ffd5b610c4f88828901610ba9565b969995985093965092949392505050565b5f5f5f60408486031215610c72575f5ffd5b83359250602084013567ffffffffffffffff811115610c8f575f5ffd5b610c9b86828701610ba9565b9497909650939450505050565b5f5f60208385031215610cb9575f5ffd5b823567ffffffffffffffff811115610ccf575f5ffd5b610cdb85828601610a3f565b90969095509350505050565b608081528460808201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff861115610d1e575f5ffd5b8560051b808860a08501377fffffffff000000000000000000000000000000000000000000000000000000009590951660208301525063ffffffff92909216604083015267ffffffffffffffff1660608201520160a00192915050565b5f60208284031215610d8b575f5ffd5b5051919050565b600181811c90821680610da657607f821691505b602082108103610ddd577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f82111561094c57805f5260205f20601f840160051c81016020851015610e355750805b601f840160051c820191505b81811015610e54575f8155600101610e41565b5050505050565b67ffffffffffffffff831115610e7357610e73610de3565b610e8783610e818354610d92565b83610e10565b5f601f841160018114610ed7575f8515610ea15750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355610e54565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015610f245786850135825560209485019460019092019101610f04565b5086821015610f5f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b80820180821115610fa9577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b5f8154610fbb81610d92565b808552600182168015610fd5576001811461100f57611043565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083166020870152602082151560051b8701019350611043565b845f5260205f205f5b8381101561103a5781546020828a010152600182019150602081019050611018565b87016020019450505b50505092915050565b848152608060208201525f6110646080830186610faf565b73ffffffffffffffffffffffffffffffffffffffff8516604084015282810360608401526110928185610faf565b979650505050505050565b608080825285549082018190525f86815260208120909160a0840190835b818110156110d95783548352600193840193602090930192016110bb565b50507fffffffff00000000000000000000000000000000000000000000000000000000969096166020840152505063ffffffff92909216604083015267ffffffffffffffff1660609091015291905056fea26469706673582212208b7f4fc94e7b4bf2add95c4de073f48e7a750d04be4c2873770caf13e57cffed64736f6c634300081e0033",
}

// MockRequester is an auto generated Go binding around an Ethereum contract.
type MockRequester struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockRequester) GetABI() abi.ABI {
	return c.abi
}

// NewMockRequester creates a new instance of MockRequester.
func NewMockRequester() *MockRequester {
	parsed, err := MockRequesterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockRequester{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockRequester) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address oracle_) returns()
func (mockRequester *MockRequester) PackConstructor(oracle_ common.Address) []byte {
	enc, err := mockRequester.abi.Pack("", oracle_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (mockRequester *MockRequester) PackCalls() []byte {
	enc, err := mockRequester.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (mockRequester *MockRequester) TryPackCalls() ([]byte, error) {
	return mockRequester.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (mockRequester *MockRequester) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := mockRequester.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFollowUpRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9dbd85f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function followUpRequestId() view returns(uint256)
func (mockRequester *MockRequester) PackFollowUpRequestId() []byte {
	enc, err := mockRequester.abi.Pack("followUpRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFollowUpRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9dbd85f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function followUpRequestId() view returns(uint256)
func (mockRequester *MockRequester) TryPackFollowUpRequestId() ([]byte, error) {
	return mockRequester.abi.Pack("followUpRequestId")
}

// UnpackFollowUpRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9dbd85f.
//
// Solidity: function followUpRequestId() view returns(uint256)
func (mockRequester *MockRequester) UnpackFollowUpRequestId(data []byte) (*big.Int, error) {
	out, err := mockRequester.abi.Unpack("followUpRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGasAtEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc09ed9dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasAtEntry() view returns(uint256)
func (mockRequester *MockRequester) PackGasAtEntry() []byte {
	enc, err := mockRequester.abi.Pack("gasAtEntry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasAtEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc09ed9dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasAtEntry() view returns(uint256)
func (mockRequester *MockRequester) TryPackGasAtEntry() ([]byte, error) {
	return mockRequester.abi.Pack("gasAtEntry")
}

// UnpackGasAtEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc09ed9dc.
//
// Solidity: function gasAtEntry() view returns(uint256)
func (mockRequester *MockRequester) UnpackGasAtEntry(data []byte) (*big.Int, error) {
	out, err := mockRequester.abi.Unpack("gasAtEntry", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastCleartexts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7664fab5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCleartexts() view returns(bytes)
func (mockRequester *MockRequester) PackLastCleartexts() []byte {
	enc, err := mockRequester.abi.Pack("lastCleartexts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCleartexts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7664fab5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCleartexts() view returns(bytes)
func (mockRequester *MockRequester) TryPackLastCleartexts() ([]byte, error) {
	return mockRequester.abi.Pack("lastCleartexts")
}

// UnpackLastCleartexts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7664fab5.
//
// Solidity: function lastCleartexts() view returns(bytes)
func (mockRequester *MockRequester) UnpackLastCleartexts(data []byte) ([]byte, error) {
	out, err := mockRequester.abi.Unpack("lastCleartexts", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2a88c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastRequestId() view returns(uint256)
func (mockRequester *MockRequester) PackLastRequestId() []byte {
	enc, err := mockRequester.abi.Pack("lastRequestId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastRequestId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc2a88c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastRequestId() view returns(uint256)
func (mockRequester *MockRequester) TryPackLastRequestId() ([]byte, error) {
	return mockRequester.abi.Pack("lastRequestId")
}

// UnpackLastRequestId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc2a88c3.
//
// Solidity: function lastRequestId() view returns(uint256)
func (mockRequester *MockRequester) UnpackLastRequestId(data []byte) (*big.Int, error) {
	out, err := mockRequester.abi.Unpack("lastRequestId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (mockRequester *MockRequester) PackMode() []byte {
	enc, err := mockRequester.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (mockRequester *MockRequester) TryPackMode() ([]byte, error) {
	return mockRequester.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (mockRequester *MockRequester) UnpackMode(data []byte) (uint8, error) {
	out, err := mockRequester.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bf2b805.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onResult(uint256 requestId, bytes cleartexts) returns()
func (mockRequester *MockRequester) PackOnResult(requestId *big.Int, cleartexts []byte) []byte {
	enc, err := mockRequester.abi.Pack("onResult", requestId, cleartexts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bf2b805.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onResult(uint256 requestId, bytes cleartexts) returns()
func (mockRequester *MockRequester) TryPackOnResult(requestId *big.Int, cleartexts []byte) ([]byte, error) {
	return mockRequester.abi.Pack("onResult", requestId, cleartexts)
}

// PackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function oracle() view returns(address)
func (mockRequester *MockRequester) PackOracle() []byte {
	enc, err := mockRequester.abi.Pack("oracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc0d1d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function oracle() view returns(address)
func (mockRequester *MockRequester) TryPackOracle() ([]byte, error) {
	return mockRequester.abi.Pack("oracle")
}

// UnpackOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc0d1d0.
//
// Solidity: function oracle() view returns(address)
func (mockRequester *MockRequester) UnpackOracle(data []byte) (common.Address, error) {
	out, err := mockRequester.abi.Unpack("oracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReentryReverted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38077883.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryReverted() view returns(bool)
func (mockRequester *MockRequester) PackReentryReverted() []byte {
	enc, err := mockRequester.abi.Pack("reentryReverted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryReverted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38077883.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryReverted() view returns(bool)
func (mockRequester *MockRequester) TryPackReentryReverted() ([]byte, error) {
	return mockRequester.abi.Pack("reentryReverted")
}

// UnpackReentryReverted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38077883.
//
// Solidity: function reentryReverted() view returns(bool)
func (mockRequester *MockRequester) UnpackReentryReverted(data []byte) (bool, error) {
	out, err := mockRequester.abi.Unpack("reentryReverted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRejectPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a2056ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rejectPayments() view returns(bool)
func (mockRequester *MockRequester) PackRejectPayments() []byte {
	enc, err := mockRequester.abi.Pack("rejectPayments")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRejectPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a2056ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rejectPayments() view returns(bool)
func (mockRequester *MockRequester) TryPackRejectPayments() ([]byte, error) {
	return mockRequester.abi.Pack("rejectPayments")
}

// UnpackRejectPayments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a2056ba.
//
// Solidity: function rejectPayments() view returns(bool)
func (mockRequester *MockRequester) UnpackRejectPayments(data []byte) (bool, error) {
	out, err := mockRequester.abi.Unpack("rejectPayments", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x309e6812.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(bytes32[] handles, bytes4 selector, uint32 gasLimit, uint64 maxDelay) payable returns(uint256)
func (mockRequester *MockRequester) PackRequest(handles [][32]byte, selector [4]byte, gasLimit uint32, maxDelay uint64) []byte {
	enc, err := mockRequester.abi.Pack("request", handles, selector, gasLimit, maxDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x309e6812.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(bytes32[] handles, bytes4 selector, uint32 gasLimit, uint64 maxDelay) payable returns(uint256)
func (mockRequester *MockRequester) TryPackRequest(handles [][32]byte, selector [4]byte, gasLimit uint32, maxDelay uint64) ([]byte, error) {
	return mockRequester.abi.Pack("request", handles, selector, gasLimit, maxDelay)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x309e6812.
//
// Solidity: function request(bytes32[] handles, bytes4 selector, uint32 gasLimit, uint64 maxDelay) payable returns(uint256)
func (mockRequester *MockRequester) UnpackRequest(data []byte) (*big.Int, error) {
	out, err := mockRequester.abi.Unpack("request", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetFollowUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a66ca0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFollowUp(bytes32[] handles) returns()
func (mockRequester *MockRequester) PackSetFollowUp(handles [][32]byte) []byte {
	enc, err := mockRequester.abi.Pack("setFollowUp", handles)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFollowUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5a66ca0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFollowUp(bytes32[] handles) returns()
func (mockRequester *MockRequester) TryPackSetFollowUp(handles [][32]byte) ([]byte, error) {
	return mockRequester.abi.Pack("setFollowUp", handles)
}

// PackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMode(uint8 m) returns()
func (mockRequester *MockRequester) PackSetMode(m uint8) []byte {
	enc, err := mockRequester.abi.Pack("setMode", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21175b4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMode(uint8 m) returns()
func (mockRequester *MockRequester) TryPackSetMode(m uint8) ([]byte, error) {
	return mockRequester.abi.Pack("setMode", m)
}

// PackSetReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ca7202.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReentry(uint256 id, bytes cleartexts, bytes signatures) returns()
func (mockRequester *MockRequester) PackSetReentry(id *big.Int, cleartexts []byte, signatures []byte) []byte {
	enc, err := mockRequester.abi.Pack("setReentry", id, cleartexts, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ca7202.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReentry(uint256 id, bytes cleartexts, bytes signatures) returns()
func (mockRequester *MockRequester) TryPackSetReentry(id *big.Int, cleartexts []byte, signatures []byte) ([]byte, error) {
	return mockRequester.abi.Pack("setReentry", id, cleartexts, signatures)
}

// PackSetRejectPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a59799c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRejectPayments(bool reject) returns()
func (mockRequester *MockRequester) PackSetRejectPayments(reject bool) []byte {
	enc, err := mockRequester.abi.Pack("setRejectPayments", reject)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRejectPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a59799c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRejectPayments(bool reject) returns()
func (mockRequester *MockRequester) TryPackSetRejectPayments(reject bool) ([]byte, error) {
	return mockRequester.abi.Pack("setRejectPayments", reject)
}

// SealedBidAuctionMetaData contains all meta data concerning the SealedBidAuction contract.
var SealedBidAuctionMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"config\",\"type\":\"tuple\",\"internalType\":\"structTKMS.TKMSConfig\",\"components\":[{\"name\":\"acl\",\"type\":\"address\",\"internalType\":\"contractIACL\"},{\"name\":\"inputVerifier\",\"type\":\"address\",\"internalType\":\"contractIInputVerifier\"},{\"name\":\"decryptionOracle\",\"type\":\"address\",\"internalType\":\"contractIDecryptionOracle\"}]},{\"name\":\"seller_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"biddingEnd_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reservePrice_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"ABANDON_AFTER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REVEAL_CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REVEAL_MAX_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"abandon\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bid\",\"inputs\":[{\"name\":\"encryptedBid\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"bidderCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"bidders\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"biddingEnd\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"bids\",\"inputs\":[{\"name\":\"bidder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"handle\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"deposit\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"withdrawn\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"chunkSize\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decided\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nextToReveal\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onReveal\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cleartexts\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"refundedFees\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reservePrice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"retryFee\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"retryReveal\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"first\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"second\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"reveal\",\"inputs\":[],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"revealFee\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reveals\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"start\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"count\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"payer\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"seller\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sellerPaid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"settleFromStoredResult\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settled\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"winner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"winningBid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawable\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AuctionAbandoned\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AuctionSettled\",\"inputs\":[{\"name\":\"winner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"winningBid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BidExcluded\",\"inputs\":[{\"name\":\"bidder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BidPlaced\",\"inputs\":[{\"name\":\"bidder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"handle\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RevealRequested\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"start\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"SealedBidAuctionAlreadyBid\",\"inputs\":[{\"name\":\"bidder\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionAlreadySettled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SealedBidAuctionDepositBelowReserve\",\"inputs\":[{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reservePrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionIncorrectFee\",\"inputs\":[{\"name\":\"sent\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionNoBids\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SealedBidAuctionNothingToReveal\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SealedBidAuctionNothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionRevealPending\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionTooEarlyToAbandon\",\"inputs\":[{\"name\":\"notBefore\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionTransferFailed\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionUnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionWrongPhase\",\"inputs\":[{\"name\":\"biddingEnd\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTimestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"SealedBidAuctionZeroReserve\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SealedBidAuctionZeroSeller\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"TKMSCleartextIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TKMSIncorrectFee\",\"inputs\":[{\"name\":\"given\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TKMSOnlyDecryptionOracle\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TKMSUnexpectedPayment\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TKMSZeroAddress\",\"inputs\":[]}]",
	ID:  "SealedBidAuction",
	Bin: "0x610160604052348015610010575f5ffd5b50604051612e6b380380612e6b83398101604081905261002f916101bc565b835184906001600160a01b03161580610053575060208101516001600160a01b0316155b80610069575060408101516001600160a01b0316155b1561008757604051631b6bbf4760e31b815260040160405180910390fd5b80516001600160a01b039081166080526020820151811660a052604090910151811660c05283166100cb57604051631ff7eb3d60e11b815260040160405180910390fd5b805f036100eb57604051639a0e320f60e01b815260040160405180910390fd5b6001600160a01b0380841660e0526001600160401b03831661010052610120829052604080860151815163ac9c2adf60e01b8152915192169163ac9c2adf916004808201926020929091908290030181865afa15801561014d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610171919061026e565b610140525061028592505050565b6001600160a01b0381168114610193575f5ffd5b50565b80516101a18161017f565b919050565b80516001600160401b03811681146101a1575f5ffd5b5f5f5f5f84860360c08112156101d0575f5ffd5b60608112156101dd575f5ffd5b50604051606081016001600160401b038111828210171561020c57634e487b7160e01b5f52604160045260245ffd5b604052855161021a8161017f565b8152602086015161022a8161017f565b6020820152604086015161023d8161017f565b6040820152935061025060608601610196565b925061025e608086016101a6565b60a0959095015193969295505050565b5f6020828403121561027e575f5ffd5b5051919050565b60805160a05160c05160e051610100516101205161014051612b026103695f395f81816105e201528181610fca01528181610ff101528181611302015261133201525f818161068801528181610af001528181610b44015261204a01525f81816103a301528181610a5901528181610ab9015281816110df015281816111b3015261121401525f818161025b01528181610e33015261149101525f81816101cf015281816115520152818161164c015281816117040152818161181c01528181611ea1015281816122b801526123a301525f611cc601525f6121f20152612b025ff3fe6080604052600436106101b2575f3560e01c806388318834116100e7578063ce513b6f11610087578063d8e071b611610062578063d8e071b614610658578063db2e1eed14610677578063dfbf53ae146106aa578063fcfe37b3146106db575f5ffd5b8063ce513b6f14610604578063cff29dfd14610623578063d8a88a0014610642575f5ffd5b806397af15fe116100c257806397af15fe14610503578063a475b5dd1461052e578063b07d95e814610536578063c4a942cb146105d1575f5ffd5b806388318834146104c15780638cf80438146104d55780638f775839146104ea575f5ffd5b80633d2c5b911161015257806370d29c111161012d57806370d29c111461045057806376e5fcdb146104635780637d531dd61461048e578063815a37fd146104a2575f5ffd5b80633d2c5b911461037d578063423b217f1461039257806362ea82db146103c5575f5ffd5b806322238a741161018d57806322238a74146102ff5780632978ba2d1461032c57806331e37530146103545780633ccfd60b14610369575f5ffd5b806308551a531461024a5780630d79afb5146102a757806317c7acec146102d6575f5ffd5b36610246573373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461022d576040517f32e7289a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b34600a5f82825461023e9190612459565b925050819055005b5f5ffd5b348015610255575f5ffd5b5061027d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b3480156102b2575f5ffd5b506102bd6201518081565b60405167ffffffffffffffff909116815260200161029e565b3480156102e1575f5ffd5b506008546102ef9060ff1681565b604051901515815260200161029e565b34801561030a575f5ffd5b5061031e61031936600461246c565b6106f0565b60405190815260200161029e565b61033f61033a36600461246c565b61075d565b6040805192835260208301919091520161029e565b6103676103623660046124c8565b610a57565b005b348015610374575f5ffd5b50610367610cfa565b348015610388575f5ffd5b5061031e60035481565b34801561039d575f5ffd5b506102bd7f000000000000000000000000000000000000000000000000000000000000000081565b3480156103d0575f5ffd5b506104226103df366004612528565b600160208190525f918252604090912080549101546fffffffffffffffffffffffffffffffff811690700100000000000000000000000000000000900460ff1683565b604080519384526fffffffffffffffffffffffffffffffff909216602084015215159082015260600161029e565b34801561045b575f5ffd5b505f5461031e565b34801561046e575f5ffd5b5061047962061a8081565b60405163ffffffff909116815260200161029e565b348015610499575f5ffd5b5061031e610fa1565b3480156104ad575f5ffd5b506103676104bc36600461246c565b611025565b3480156104cc575f5ffd5b50610367611098565b3480156104e0575f5ffd5b5061031e60065481565b3480156104f5575f5ffd5b506005546102ef9060ff1681565b34801561050e575f5ffd5b5061031e61051d366004612528565b60096020525f908152604090205481565b61031e6111b0565b348015610541575f5ffd5b5061059861055036600461246c565b60046020525f908152604090205463ffffffff8082169164010000000081049091169068010000000000000000900473ffffffffffffffffffffffffffffffffffffffff1683565b6040805163ffffffff948516815293909216602084015273ffffffffffffffffffffffffffffffffffffffff169082015260600161029e565b3480156105dc575f5ffd5b5061031e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561060f575f5ffd5b5061031e61061e366004612528565b611382565b34801561062e575f5ffd5b5061027d61063d36600461246c565b611506565b34801561064d575f5ffd5b506102bd62278d0081565b348015610663575f5ffd5b50610367610672366004612543565b61153a565b348015610682575f5ffd5b5061031e7f000000000000000000000000000000000000000000000000000000000000000081565b3480156106b5575f5ffd5b5060055461027d90610100900473ffffffffffffffffffffffffffffffffffffffff1681565b3480156106e6575f5ffd5b5061031e60025481565b5f81815260046020526040812054640100000000900463ffffffff16600281101561071d57505f92915050565b61073461072b6002836125b8565b62061a8061160f565b61074c6107426002846125b8565b61072b90846125cb565b6107569190612459565b9392505050565b6005545f90819060ff161561079e576040517fdd9972a700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8381526004602090815260408083208151606081018352905463ffffffff808216835264010000000082041693820184905268010000000000000000900473ffffffffffffffffffffffffffffffffffffffff16918101919091529103610835576040517f5635855000000000000000000000000000000000000000000000000000000000815260048101859052602401610224565b6108438482604001516116d3565b5f84815260046020908152604090912080547fffffffff0000000000000000000000000000000000000000000000000000000016905581015163ffffffff166001036109585734156108c9576040517fe9640a9b0000000000000000000000000000000000000000000000000000000081523460048201525f6024820152604401610224565b5f815f015163ffffffff16815481106108e4576108e46125de565b5f9182526020918290200154825160405163ffffffff909116815273ffffffffffffffffffffffffffffffffffffffff909116917f42006d07f3f18b11ceb315bdb527328201b255e9642c059e043f0acc6035101d910160405180910390a261094d6001611963565b505f93849350915050565b5f6002826020015161096a919061260b565b63ffffffff1690505f61098c82846020015163ffffffff1661072b91906125cb565b90505f61099c8362061a8061160f565b6109a69083612459565b90508034146109ea576040517fe9640a9b00000000000000000000000000000000000000000000000000000000815234600482015260248101829052604401610224565b610a13845f015163ffffffff1684866020015163ffffffff16610a0d91906125cb565b84611a09565b9550610a4c838560200151865f0151610a2c9190612632565b63ffffffff16610a3c91906125cb565b84610a4785346125cb565b611a09565b945050505050915091565b7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff164210610aee576040517f7aa0d5c100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116600483015242166024820152604401610224565b7f0000000000000000000000000000000000000000000000000000000000000000341015610b70576040517fd15def760000000000000000000000000000000000000000000000000000000081523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610224565b335f90815260016020819052604090912001546fffffffffffffffffffffffffffffffff1615610bce576040517f56ef29f3000000000000000000000000000000000000000000000000000000008152336004820152602401610224565b5f610bda838333611c87565b604080516060810182528281526fffffffffffffffffffffffffffffffff3481811660208085019182525f858701818152338083526001808552898420985189559451978501805492511515700100000000000000000000000000000000027fffffffffffffffffffffffffffffff0000000000000000000000000000000000909316989097169790971717909455835491820184559280527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5630180547fffffffffffffffffffffffff00000000000000000000000000000000000000001684179055835185815291820152929350917fe4a81d118d35683a4504cbe9eca1a0dd6e2f0003e876407a80a0380de45e305f910160405180910390a2505050565b335f908152600960205260408120805491905560055460ff1615610ea557335f908152600160208190526040909120908101546fffffffffffffffffffffffffffffffff1615801590610d6657506001810154700100000000000000000000000000000000900460ff16155b15610e1b576001810180547001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff909116179055600554610100900473ffffffffffffffffffffffffffffffffffffffff163314610dea5760018101546fffffffffffffffffffffffffffffffff16610e0e565b6006546001820154610e0e91906fffffffffffffffffffffffffffffffff166125cb565b610e189083612459565b91505b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015610e63575060085460ff16155b15610ea357600880547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055600654610ea09083612459565b91505b505b805f03610ee0576040517fe1b12c3a000000000000000000000000000000000000000000000000000000008152336004820152602401610224565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610f54576040519150601f19603f3d011682016040523d82523d5f602084013e610f59565b606091505b5050905080610f9d576040517f5830ef4900000000000000000000000000000000000000000000000000000000815233600482015260248101839052604401610224565b5050565b5f5f6002545f80549050610fb591906125cb565b9050805f03610fc5575f91505090565b61101f7f00000000000000000000000000000000000000000000000000000000000000008210611015577f000000000000000000000000000000000000000000000000000000000000000061072b565b8162061a8061160f565b91505090565b5f61102f82611d47565b90505f61103b83611e6f565b90505f5b826020015163ffffffff1681101561107f5782516110779061106890839063ffffffff16612459565b6110728484611f3f565b612012565b60010161103f565b50611093826020015163ffffffff16611963565b505050565b60055460ff16156110d5576040517fdd9972a700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61110362278d007f000000000000000000000000000000000000000000000000000000000000000061264e565b90508067ffffffffffffffff16421015611155576040517f847f703400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610224565b600580547fffffffffffffffffffffff0000000000000000000000000000000000000000001660011790555f60068190556040517fd2f096fc9e70fc568ce44f9fd6544a619086eaee3146c09f5eb8182fc61827a69190a150565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16421015611249576040517f7aa0d5c100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116600483015242166024820152604401610224565b60055460ff1615611286576040517fdd9972a700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8054908190036112c3576040517fa605a28500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002548181036112ff576040517f03be45ee00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f000000000000000000000000000000000000000000000000000000000000000061132b83856125cb565b10611356577f0000000000000000000000000000000000000000000000000000000000000000611360565b61136082846125cb565b905061136c8183612459565b60025561137a828234611a09565b935050505090565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526009602052604090205460055460ff16156115015773ffffffffffffffffffffffffffffffffffffffff82165f908152600160208190526040909120908101546fffffffffffffffffffffffffffffffff161580159061141657506001810154700100000000000000000000000000000000900460ff16155b1561148f5760055473ffffffffffffffffffffffffffffffffffffffff848116610100909204161461145e5760018101546fffffffffffffffffffffffffffffffff16611482565b600654600182015461148291906fffffffffffffffffffffffffffffffff166125cb565b61148c9083612459565b91505b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff161480156114ed575060085460ff16155b156114ff576006546107569083612459565b505b919050565b5f8181548110611514575f80fd5b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff16905081565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146115ab576040517fdb4ad5af000000000000000000000000000000000000000000000000000000008152336004820152602401610224565b5f6115b584611d47565b90505f5b816020015163ffffffff168110156115f55781516115ed906115e290839063ffffffff16612459565b61107286868561212e565b6001016115b9565b50611609816020015163ffffffff16611963565b50505050565b6040517f5bc6d2e20000000000000000000000000000000000000000000000000000000081526004810183905263ffffffff821660248201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690635bc6d2e290604401602060405180830381865afa1580156116a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116ca919061266e565b90505b92915050565b6040517fc58343ef000000000000000000000000000000000000000000000000000000008152600481018390525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063c58343ef9060240161012060405180830381865afa15801561175f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061178391906127cd565b905060018160800151600381111561179d5761179d61287e565b0361188d578060a0015167ffffffffffffffff164210156117ed576040517f59c9998200000000000000000000000000000000000000000000000000000000815260048101849052602401610224565b6040517f278ecde1000000000000000000000000000000000000000000000000000000008152600481018490527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063278ecde1906024015f604051808303815f87803b158015611872575f5ffd5b505af1158015611884573d5f5f3e3d5ffd5b505050506118df565b6003816080015160038111156118a5576118a561287e565b146118df576040517f59c9998200000000000000000000000000000000000000000000000000000000815260048101849052602401610224565b8060e001516fffffffffffffffffffffffffffffffff16600a5f82825461190691906125cb565b909155505060e081015173ffffffffffffffffffffffffffffffffffffffff83165f90815260096020526040812080546fffffffffffffffffffffffffffffffff90931692909190611959908490612459565b9091555050505050565b8060035f8282546119749190612459565b90915550505f5460035403611a06576005805460017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00909116179081905560065460405190815261010090910473ffffffffffffffffffffffffffffffffffffffff16907f15bff754355d68fa38fb3ca8459829a807947cbf186c0f47d283d8dbbfcad5689060200160405180910390a25b50565b5f5f611a188462061a8061160f565b9050808314611a5d576040517fe9640a9b0000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610224565b5f8467ffffffffffffffff811115611a7757611a77612685565b604051908082528060200260200182016040528015611aa0578160200160208202803683370190505b5090505f5b85811015611b465760015f80611abb848b612459565b81548110611acb57611acb6125de565b5f91825260208083209091015473ffffffffffffffffffffffffffffffffffffffff1683528201929092526040019020548251839083908110611b1057611b106125de565b602002602001018181525050611b3e828281518110611b3157611b316125de565b60200260200101516121c3565b600101611aa5565b50611b7a817fd8e071b60000000000000000000000000000000000000000000000000000000062061a806201518088612261565b6040805160608101825263ffffffff808a1682528881166020808401918252338486018181525f888152600490935291869020945185549351925173ffffffffffffffffffffffffffffffffffffffff1668010000000000000000027fffffffff0000000000000000000000000000000000000000ffffffffffffffff938616640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909516919095161792909217169190911790915590519194509084907ffbaa011a0b3c0136d14539df990f4c189fa60fe38463788982ae391968f4d85290611c76908a908a90918252602082015260400190565b60405180910390a350509392505050565b6040517fe1a611c90000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063e1a611c990611cff908790879087906004016128ab565b6020604051808303815f875af1158015611d1b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d3f919061266e565b949350505050565b604080516060810182525f808252602082018190529181019190915260055460ff1615611da0576040517fdd9972a700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505f8181526004602090815260408083208151606081018352905463ffffffff808216835264010000000082041693820184905268010000000000000000900473ffffffffffffffffffffffffffffffffffffffff16918101919091529103611e38576040517f5635855000000000000000000000000000000000000000000000000000000000815260048101839052602401610224565b5f9182526004602052604090912080547fffffffff0000000000000000000000000000000000000000000000000000000016905590565b6040517f71bfabca000000000000000000000000000000000000000000000000000000008152600481018290526060907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906371bfabca906024015f60405180830381865afa158015611efa573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682016040526116cd9190810190612916565b5f5f60208451611f4f91906125b8565b9050808310611f94576040517fda9bf5350000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610224565b5f611fa08460206129c8565b90505f5b602081101561200957611fb88160086129c8565b86611fc38385612459565b81518110611fd357611fd36125de565b01602001517fff0000000000000000000000000000000000000000000000000000000000000016901c9390931792600101611fa4565b50505092915050565b5f5f8381548110612025576120256125de565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff1690507f00000000000000000000000000000000000000000000000000000000000000008210806120af575073ffffffffffffffffffffffffffffffffffffffff81165f90815260016020819052604090912001546fffffffffffffffffffffffffffffffff1682115b156120b957505050565b6006548211806120d65750600654821480156120d6575060075483105b15611093576005805473ffffffffffffffffffffffffffffffffffffffff92909216610100027fffffffffffffffffffffff0000000000000000000000000000000000000000ff909216919091179055600655600755565b5f8061213b6020856125b8565b9050808310612180576040517fda9bf5350000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610224565b848461218d8560206129c8565b906121998660206129c8565b6121a4906020612459565b926121b1939291906129df565b6121ba91612a06565b95945050505050565b6040517f69c39d90000000000000000000000000000000000000000000000000000000008152600481018290527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906369c39d90906024015f604051808303815f87803b158015612248575f5ffd5b505af115801561225a573d5f5f3e3d5ffd5b5050505050565b84516040517f5bc6d2e2000000000000000000000000000000000000000000000000000000008152600481019190915263ffffffff841660248201525f90819073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690635bc6d2e290604401602060405180830381865afa1580156122fd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612321919061266e565b9050808314612366576040517f64c4026b0000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610224565b6040517fe082a63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063e082a63a9085906123e0908b908b908b908b90600401612a42565b60206040518083038185885af11580156123fc573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190612421919061266e565b979650505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156116cd576116cd61242c565b5f6020828403121561247c575f5ffd5b5035919050565b5f5f83601f840112612493575f5ffd5b50813567ffffffffffffffff8111156124aa575f5ffd5b6020830191508360208285010111156124c1575f5ffd5b9250929050565b5f5f602083850312156124d9575f5ffd5b823567ffffffffffffffff8111156124ef575f5ffd5b6124fb85828601612483565b90969095509350505050565b73ffffffffffffffffffffffffffffffffffffffff81168114611a06575f5ffd5b5f60208284031215612538575f5ffd5b813561075681612507565b5f5f5f60408486031215612555575f5ffd5b83359250602084013567ffffffffffffffff811115612572575f5ffd5b61257e86828701612483565b9497909650939450505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826125c6576125c661258b565b500490565b818103818111156116cd576116cd61242c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f63ffffffff8316806126205761262061258b565b8063ffffffff84160491505092915050565b63ffffffff81811683821601908111156116cd576116cd61242c565b67ffffffffffffffff81811683821601908111156116cd576116cd61242c565b5f6020828403121561267e575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610120810167ffffffffffffffff811182821017156126d6576126d6612685565b60405290565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561272357612723612685565b604052919050565b805161150181612507565b80517fffffffff0000000000000000000000000000000000000000000000000000000081168114611501575f5ffd5b805163ffffffff81168114611501575f5ffd5b805161ffff81168114611501575f5ffd5b805160048110611501575f5ffd5b805167ffffffffffffffff81168114611501575f5ffd5b80516fffffffffffffffffffffffffffffffff81168114611501575f5ffd5b5f6101208284031280156127df575f5ffd5b506127e86126b2565b6127f18361272b565b81526127ff60208401612736565b602082015261281060408401612765565b604082015261282160608401612778565b606082015261283260808401612789565b608082015261284360a08401612797565b60a082015261285460c08401612797565b60c082015261286560e084016127ae565b60e0820152610100928301519281019290925250919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60408152826040820152828460608301375f606084830101525f60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f860116830101905073ffffffffffffffffffffffffffffffffffffffff83166020830152949350505050565b5f60208284031215612926575f5ffd5b815167ffffffffffffffff81111561293c575f5ffd5b8201601f8101841361294c575f5ffd5b805167ffffffffffffffff81111561296657612966612685565b61299760207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116016126dc565b8181528560208385010111156129ab575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b80820281158282048414176116cd576116cd61242c565b5f5f858511156129ed575f5ffd5b838611156129f9575f5ffd5b5050820193919092039150565b803560208310156116cd577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b608080825285519082018190525f90602087019060a0840190835b81811015612a7b578351835260209384019390920191600101612a5d565b50507fffffffff00000000000000000000000000000000000000000000000000000000969096166020840152505063ffffffff92909216604083015267ffffffffffffffff1660609091015291905056fea264697066735822122001915409d96ab766d50a3453331cce5b88465d5c949dcb86725713c21db5bbc564736f6c634300081e0033",
}

// SealedBidAuction is an auto generated Go binding around an Ethereum contract.
type SealedBidAuction struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SealedBidAuction) GetABI() abi.ABI {
	return c.abi
}

// NewSealedBidAuction creates a new instance of SealedBidAuction.
func NewSealedBidAuction() *SealedBidAuction {
	parsed, err := SealedBidAuctionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SealedBidAuction{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SealedBidAuction) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((address,address,address) config, address seller_, uint64 biddingEnd_, uint256 reservePrice_) returns()
func (sealedBidAuction *SealedBidAuction) PackConstructor(config TKMSTKMSConfig, seller_ common.Address, biddingEnd_ uint64, reservePrice_ *big.Int) []byte {
	enc, err := sealedBidAuction.abi.Pack("", config, seller_, biddingEnd_, reservePrice_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackABANDONAFTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8a88a00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ABANDON_AFTER() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) PackABANDONAFTER() []byte {
	enc, err := sealedBidAuction.abi.Pack("ABANDON_AFTER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackABANDONAFTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8a88a00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ABANDON_AFTER() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) TryPackABANDONAFTER() ([]byte, error) {
	return sealedBidAuction.abi.Pack("ABANDON_AFTER")
}

// UnpackABANDONAFTER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8a88a00.
//
// Solidity: function ABANDON_AFTER() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) UnpackABANDONAFTER(data []byte) (uint64, error) {
	out, err := sealedBidAuction.abi.Unpack("ABANDON_AFTER", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackREVEALCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76e5fcdb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_CALLBACK_GAS() view returns(uint32)
func (sealedBidAuction *SealedBidAuction) PackREVEALCALLBACKGAS() []byte {
	enc, err := sealedBidAuction.abi.Pack("REVEAL_CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76e5fcdb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_CALLBACK_GAS() view returns(uint32)
func (sealedBidAuction *SealedBidAuction) TryPackREVEALCALLBACKGAS() ([]byte, error) {
	return sealedBidAuction.abi.Pack("REVEAL_CALLBACK_GAS")
}

// UnpackREVEALCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76e5fcdb.
//
// Solidity: function REVEAL_CALLBACK_GAS() view returns(uint32)
func (sealedBidAuction *SealedBidAuction) UnpackREVEALCALLBACKGAS(data []byte) (uint32, error) {
	out, err := sealedBidAuction.abi.Unpack("REVEAL_CALLBACK_GAS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackREVEALMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d79afb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVEAL_MAX_DELAY() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) PackREVEALMAXDELAY() []byte {
	enc, err := sealedBidAuction.abi.Pack("REVEAL_MAX_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVEALMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d79afb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVEAL_MAX_DELAY() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) TryPackREVEALMAXDELAY() ([]byte, error) {
	return sealedBidAuction.abi.Pack("REVEAL_MAX_DELAY")
}

// UnpackREVEALMAXDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d79afb5.
//
// Solidity: function REVEAL_MAX_DELAY() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) UnpackREVEALMAXDELAY(data []byte) (uint64, error) {
	out, err := sealedBidAuction.abi.Unpack("REVEAL_MAX_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAbandon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88318834.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function abandon() returns()
func (sealedBidAuction *SealedBidAuction) PackAbandon() []byte {
	enc, err := sealedBidAuction.abi.Pack("abandon")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbandon is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88318834.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function abandon() returns()
func (sealedBidAuction *SealedBidAuction) TryPackAbandon() ([]byte, error) {
	return sealedBidAuction.abi.Pack("abandon")
}

// PackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e37530.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bid(bytes encryptedBid) payable returns()
func (sealedBidAuction *SealedBidAuction) PackBid(encryptedBid []byte) []byte {
	enc, err := sealedBidAuction.abi.Pack("bid", encryptedBid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31e37530.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bid(bytes encryptedBid) payable returns()
func (sealedBidAuction *SealedBidAuction) TryPackBid(encryptedBid []byte) ([]byte, error) {
	return sealedBidAuction.abi.Pack("bid", encryptedBid)
}

// PackBidderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70d29c11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidderCount() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackBidderCount() []byte {
	enc, err := sealedBidAuction.abi.Pack("bidderCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidderCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70d29c11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidderCount() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackBidderCount() ([]byte, error) {
	return sealedBidAuction.abi.Pack("bidderCount")
}

// UnpackBidderCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70d29c11.
//
// Solidity: function bidderCount() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackBidderCount(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("bidderCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBidders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff29dfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bidders(uint256 ) view returns(address)
func (sealedBidAuction *SealedBidAuction) PackBidders(arg0 *big.Int) []byte {
	enc, err := sealedBidAuction.abi.Pack("bidders", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBidders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff29dfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bidders(uint256 ) view returns(address)
func (sealedBidAuction *SealedBidAuction) TryPackBidders(arg0 *big.Int) ([]byte, error) {
	return sealedBidAuction.abi.Pack("bidders", arg0)
}

// UnpackBidders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff29dfd.
//
// Solidity: function bidders(uint256 ) view returns(address)
func (sealedBidAuction *SealedBidAuction) UnpackBidders(data []byte) (common.Address, error) {
	out, err := sealedBidAuction.abi.Unpack("bidders", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBiddingEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x423b217f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function biddingEnd() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) PackBiddingEnd() []byte {
	enc, err := sealedBidAuction.abi.Pack("biddingEnd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBiddingEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x423b217f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function biddingEnd() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) TryPackBiddingEnd() ([]byte, error) {
	return sealedBidAuction.abi.Pack("biddingEnd")
}

// UnpackBiddingEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x423b217f.
//
// Solidity: function biddingEnd() view returns(uint64)
func (sealedBidAuction *SealedBidAuction) UnpackBiddingEnd(data []byte) (uint64, error) {
	out, err := sealedBidAuction.abi.Unpack("biddingEnd", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62ea82db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bids(address bidder) view returns(bytes32 handle, uint128 deposit, bool withdrawn)
func (sealedBidAuction *SealedBidAuction) PackBids(bidder common.Address) []byte {
	enc, err := sealedBidAuction.abi.Pack("bids", bidder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62ea82db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bids(address bidder) view returns(bytes32 handle, uint128 deposit, bool withdrawn)
func (sealedBidAuction *SealedBidAuction) TryPackBids(bidder common.Address) ([]byte, error) {
	return sealedBidAuction.abi.Pack("bids", bidder)
}

// BidsOutput serves as a container for the return parameters of contract
// method Bids.
type BidsOutput struct {
	Handle    [32]byte
	Deposit   *big.Int
	Withdrawn bool
}

// UnpackBids is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62ea82db.
//
// Solidity: function bids(address bidder) view returns(bytes32 handle, uint128 deposit, bool withdrawn)
func (sealedBidAuction *SealedBidAuction) UnpackBids(data []byte) (BidsOutput, error) {
	out, err := sealedBidAuction.abi.Unpack("bids", data)
	outstruct := new(BidsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Handle = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Deposit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Withdrawn = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackChunkSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a942cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkSize() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackChunkSize() []byte {
	enc, err := sealedBidAuction.abi.Pack("chunkSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4a942cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkSize() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackChunkSize() ([]byte, error) {
	return sealedBidAuction.abi.Pack("chunkSize")
}

// UnpackChunkSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4a942cb.
//
// Solidity: function chunkSize() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackChunkSize(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("chunkSize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d2c5b91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decided() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackDecided() []byte {
	enc, err := sealedBidAuction.abi.Pack("decided")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d2c5b91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decided() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackDecided() ([]byte, error) {
	return sealedBidAuction.abi.Pack("decided")
}

// UnpackDecided is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d2c5b91.
//
// Solidity: function decided() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackDecided(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("decided", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextToReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcfe37b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextToReveal() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackNextToReveal() []byte {
	enc, err := sealedBidAuction.abi.Pack("nextToReveal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextToReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcfe37b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextToReveal() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackNextToReveal() ([]byte, error) {
	return sealedBidAuction.abi.Pack("nextToReveal")
}

// UnpackNextToReveal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcfe37b3.
//
// Solidity: function nextToReveal() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackNextToReveal(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("nextToReveal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e071b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onReveal(uint256 requestId, bytes cleartexts) returns()
func (sealedBidAuction *SealedBidAuction) PackOnReveal(requestId *big.Int, cleartexts []byte) []byte {
	enc, err := sealedBidAuction.abi.Pack("onReveal", requestId, cleartexts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e071b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onReveal(uint256 requestId, bytes cleartexts) returns()
func (sealedBidAuction *SealedBidAuction) TryPackOnReveal(requestId *big.Int, cleartexts []byte) ([]byte, error) {
	return sealedBidAuction.abi.Pack("onReveal", requestId, cleartexts)
}

// PackRefundedFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97af15fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundedFees(address account) view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackRefundedFees(account common.Address) []byte {
	enc, err := sealedBidAuction.abi.Pack("refundedFees", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundedFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97af15fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundedFees(address account) view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackRefundedFees(account common.Address) ([]byte, error) {
	return sealedBidAuction.abi.Pack("refundedFees", account)
}

// UnpackRefundedFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97af15fe.
//
// Solidity: function refundedFees(address account) view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackRefundedFees(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("refundedFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReservePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb2e1eed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reservePrice() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackReservePrice() []byte {
	enc, err := sealedBidAuction.abi.Pack("reservePrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReservePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb2e1eed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reservePrice() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackReservePrice() ([]byte, error) {
	return sealedBidAuction.abi.Pack("reservePrice")
}

// UnpackReservePrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb2e1eed.
//
// Solidity: function reservePrice() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackReservePrice(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("reservePrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRetryFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22238a74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retryFee(uint256 requestId) view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackRetryFee(requestId *big.Int) []byte {
	enc, err := sealedBidAuction.abi.Pack("retryFee", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetryFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22238a74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retryFee(uint256 requestId) view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackRetryFee(requestId *big.Int) ([]byte, error) {
	return sealedBidAuction.abi.Pack("retryFee", requestId)
}

// UnpackRetryFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22238a74.
//
// Solidity: function retryFee(uint256 requestId) view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackRetryFee(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("retryFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRetryReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2978ba2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retryReveal(uint256 requestId) payable returns(uint256 first, uint256 second)
func (sealedBidAuction *SealedBidAuction) PackRetryReveal(requestId *big.Int) []byte {
	enc, err := sealedBidAuction.abi.Pack("retryReveal", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetryReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2978ba2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retryReveal(uint256 requestId) payable returns(uint256 first, uint256 second)
func (sealedBidAuction *SealedBidAuction) TryPackRetryReveal(requestId *big.Int) ([]byte, error) {
	return sealedBidAuction.abi.Pack("retryReveal", requestId)
}

// RetryRevealOutput serves as a container for the return parameters of contract
// method RetryReveal.
type RetryRevealOutput struct {
	First  *big.Int
	Second *big.Int
}

// UnpackRetryReveal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2978ba2d.
//
// Solidity: function retryReveal(uint256 requestId) payable returns(uint256 first, uint256 second)
func (sealedBidAuction *SealedBidAuction) UnpackRetryReveal(data []byte) (RetryRevealOutput, error) {
	out, err := sealedBidAuction.abi.Unpack("retryReveal", data)
	outstruct := new(RetryRevealOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.First = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Second = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa475b5dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal() payable returns(uint256 requestId)
func (sealedBidAuction *SealedBidAuction) PackReveal() []byte {
	enc, err := sealedBidAuction.abi.Pack("reveal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa475b5dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal() payable returns(uint256 requestId)
func (sealedBidAuction *SealedBidAuction) TryPackReveal() ([]byte, error) {
	return sealedBidAuction.abi.Pack("reveal")
}

// UnpackReveal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa475b5dd.
//
// Solidity: function reveal() payable returns(uint256 requestId)
func (sealedBidAuction *SealedBidAuction) UnpackReveal(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("reveal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRevealFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d531dd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealFee() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackRevealFee() []byte {
	enc, err := sealedBidAuction.abi.Pack("revealFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d531dd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealFee() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackRevealFee() ([]byte, error) {
	return sealedBidAuction.abi.Pack("revealFee")
}

// UnpackRevealFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d531dd6.
//
// Solidity: function revealFee() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackRevealFee(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("revealFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReveals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb07d95e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveals(uint256 requestId) view returns(uint32 start, uint32 count, address payer)
func (sealedBidAuction *SealedBidAuction) PackReveals(requestId *big.Int) []byte {
	enc, err := sealedBidAuction.abi.Pack("reveals", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb07d95e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveals(uint256 requestId) view returns(uint32 start, uint32 count, address payer)
func (sealedBidAuction *SealedBidAuction) TryPackReveals(requestId *big.Int) ([]byte, error) {
	return sealedBidAuction.abi.Pack("reveals", requestId)
}

// RevealsOutput serves as a container for the return parameters of contract
// method Reveals.
type RevealsOutput struct {
	Start uint32
	Count uint32
	Payer common.Address
}

// UnpackReveals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb07d95e8.
//
// Solidity: function reveals(uint256 requestId) view returns(uint32 start, uint32 count, address payer)
func (sealedBidAuction *SealedBidAuction) UnpackReveals(data []byte) (RevealsOutput, error) {
	out, err := sealedBidAuction.abi.Unpack("reveals", data)
	outstruct := new(RevealsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Start = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Count = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Payer = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackSeller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08551a53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seller() view returns(address)
func (sealedBidAuction *SealedBidAuction) PackSeller() []byte {
	enc, err := sealedBidAuction.abi.Pack("seller")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeller is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08551a53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seller() view returns(address)
func (sealedBidAuction *SealedBidAuction) TryPackSeller() ([]byte, error) {
	return sealedBidAuction.abi.Pack("seller")
}

// UnpackSeller is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08551a53.
//
// Solidity: function seller() view returns(address)
func (sealedBidAuction *SealedBidAuction) UnpackSeller(data []byte) (common.Address, error) {
	out, err := sealedBidAuction.abi.Unpack("seller", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSellerPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17c7acec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sellerPaid() view returns(bool)
func (sealedBidAuction *SealedBidAuction) PackSellerPaid() []byte {
	enc, err := sealedBidAuction.abi.Pack("sellerPaid")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSellerPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17c7acec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sellerPaid() view returns(bool)
func (sealedBidAuction *SealedBidAuction) TryPackSellerPaid() ([]byte, error) {
	return sealedBidAuction.abi.Pack("sellerPaid")
}

// UnpackSellerPaid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17c7acec.
//
// Solidity: function sellerPaid() view returns(bool)
func (sealedBidAuction *SealedBidAuction) UnpackSellerPaid(data []byte) (bool, error) {
	out, err := sealedBidAuction.abi.Unpack("sellerPaid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSettleFromStoredResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x815a37fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleFromStoredResult(uint256 requestId) returns()
func (sealedBidAuction *SealedBidAuction) PackSettleFromStoredResult(requestId *big.Int) []byte {
	enc, err := sealedBidAuction.abi.Pack("settleFromStoredResult", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleFromStoredResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x815a37fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleFromStoredResult(uint256 requestId) returns()
func (sealedBidAuction *SealedBidAuction) TryPackSettleFromStoredResult(requestId *big.Int) ([]byte, error) {
	return sealedBidAuction.abi.Pack("settleFromStoredResult", requestId)
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f775839.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled() view returns(bool)
func (sealedBidAuction *SealedBidAuction) PackSettled() []byte {
	enc, err := sealedBidAuction.abi.Pack("settled")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f775839.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled() view returns(bool)
func (sealedBidAuction *SealedBidAuction) TryPackSettled() ([]byte, error) {
	return sealedBidAuction.abi.Pack("settled")
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f775839.
//
// Solidity: function settled() view returns(bool)
func (sealedBidAuction *SealedBidAuction) UnpackSettled(data []byte) (bool, error) {
	out, err := sealedBidAuction.abi.Unpack("settled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfbf53ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function winner() view returns(address)
func (sealedBidAuction *SealedBidAuction) PackWinner() []byte {
	enc, err := sealedBidAuction.abi.Pack("winner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWinner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfbf53ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function winner() view returns(address)
func (sealedBidAuction *SealedBidAuction) TryPackWinner() ([]byte, error) {
	return sealedBidAuction.abi.Pack("winner")
}

// UnpackWinner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfbf53ae.
//
// Solidity: function winner() view returns(address)
func (sealedBidAuction *SealedBidAuction) UnpackWinner(data []byte) (common.Address, error) {
	out, err := sealedBidAuction.abi.Unpack("winner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWinningBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cf80438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function winningBid() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) PackWinningBid() []byte {
	enc, err := sealedBidAuction.abi.Pack("winningBid")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWinningBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8cf80438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function winningBid() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) TryPackWinningBid() ([]byte, error) {
	return sealedBidAuction.abi.Pack("winningBid")
}

// UnpackWinningBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8cf80438.
//
// Solidity: function winningBid() view returns(uint256)
func (sealedBidAuction *SealedBidAuction) UnpackWinningBid(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("winningBid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (sealedBidAuction *SealedBidAuction) PackWithdraw() []byte {
	enc, err := sealedBidAuction.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (sealedBidAuction *SealedBidAuction) TryPackWithdraw() ([]byte, error) {
	return sealedBidAuction.abi.Pack("withdraw")
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address account) view returns(uint256 amount)
func (sealedBidAuction *SealedBidAuction) PackWithdrawable(account common.Address) []byte {
	enc, err := sealedBidAuction.abi.Pack("withdrawable", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address account) view returns(uint256 amount)
func (sealedBidAuction *SealedBidAuction) TryPackWithdrawable(account common.Address) ([]byte, error) {
	return sealedBidAuction.abi.Pack("withdrawable", account)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce513b6f.
//
// Solidity: function withdrawable(address account) view returns(uint256 amount)
func (sealedBidAuction *SealedBidAuction) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := sealedBidAuction.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SealedBidAuctionAuctionAbandoned represents a AuctionAbandoned event raised by the SealedBidAuction contract.
type SealedBidAuctionAuctionAbandoned struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SealedBidAuctionAuctionAbandonedEventName = "AuctionAbandoned"

// ContractEventName returns the user-defined event name.
func (SealedBidAuctionAuctionAbandoned) ContractEventName() string {
	return SealedBidAuctionAuctionAbandonedEventName
}

// UnpackAuctionAbandonedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionAbandoned()
func (sealedBidAuction *SealedBidAuction) UnpackAuctionAbandonedEvent(log *types.Log) (*SealedBidAuctionAuctionAbandoned, error) {
	event := "AuctionAbandoned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sealedBidAuction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SealedBidAuctionAuctionAbandoned)
	if len(log.Data) > 0 {
		if err := sealedBidAuction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sealedBidAuction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SealedBidAuctionAuctionSettled represents a AuctionSettled event raised by the SealedBidAuction contract.
type SealedBidAuctionAuctionSettled struct {
	Winner     common.Address
	WinningBid *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SealedBidAuctionAuctionSettledEventName = "AuctionSettled"

// ContractEventName returns the user-defined event name.
func (SealedBidAuctionAuctionSettled) ContractEventName() string {
	return SealedBidAuctionAuctionSettledEventName
}

// UnpackAuctionSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AuctionSettled(address indexed winner, uint256 winningBid)
func (sealedBidAuction *SealedBidAuction) UnpackAuctionSettledEvent(log *types.Log) (*SealedBidAuctionAuctionSettled, error) {
	event := "AuctionSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sealedBidAuction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SealedBidAuctionAuctionSettled)
	if len(log.Data) > 0 {
		if err := sealedBidAuction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sealedBidAuction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SealedBidAuctionBidExcluded represents a BidExcluded event raised by the SealedBidAuction contract.
type SealedBidAuctionBidExcluded struct {
	Bidder common.Address
	Index  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SealedBidAuctionBidExcludedEventName = "BidExcluded"

// ContractEventName returns the user-defined event name.
func (SealedBidAuctionBidExcluded) ContractEventName() string {
	return SealedBidAuctionBidExcludedEventName
}

// UnpackBidExcludedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidExcluded(address indexed bidder, uint256 index)
func (sealedBidAuction *SealedBidAuction) UnpackBidExcludedEvent(log *types.Log) (*SealedBidAuctionBidExcluded, error) {
	event := "BidExcluded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sealedBidAuction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SealedBidAuctionBidExcluded)
	if len(log.Data) > 0 {
		if err := sealedBidAuction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sealedBidAuction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SealedBidAuctionBidPlaced represents a BidPlaced event raised by the SealedBidAuction contract.
type SealedBidAuctionBidPlaced struct {
	Bidder  common.Address
	Handle  [32]byte
	Deposit *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SealedBidAuctionBidPlacedEventName = "BidPlaced"

// ContractEventName returns the user-defined event name.
func (SealedBidAuctionBidPlaced) ContractEventName() string {
	return SealedBidAuctionBidPlacedEventName
}

// UnpackBidPlacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BidPlaced(address indexed bidder, bytes32 handle, uint256 deposit)
func (sealedBidAuction *SealedBidAuction) UnpackBidPlacedEvent(log *types.Log) (*SealedBidAuctionBidPlaced, error) {
	event := "BidPlaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sealedBidAuction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SealedBidAuctionBidPlaced)
	if len(log.Data) > 0 {
		if err := sealedBidAuction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sealedBidAuction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SealedBidAuctionRevealRequested represents a RevealRequested event raised by the SealedBidAuction contract.
type SealedBidAuctionRevealRequested struct {
	RequestId *big.Int
	Payer     common.Address
	Start     *big.Int
	Count     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SealedBidAuctionRevealRequestedEventName = "RevealRequested"

// ContractEventName returns the user-defined event name.
func (SealedBidAuctionRevealRequested) ContractEventName() string {
	return SealedBidAuctionRevealRequestedEventName
}

// UnpackRevealRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealRequested(uint256 indexed requestId, address indexed payer, uint256 start, uint256 count)
func (sealedBidAuction *SealedBidAuction) UnpackRevealRequestedEvent(log *types.Log) (*SealedBidAuctionRevealRequested, error) {
	event := "RevealRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sealedBidAuction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SealedBidAuctionRevealRequested)
	if len(log.Data) > 0 {
		if err := sealedBidAuction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sealedBidAuction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SealedBidAuctionWithdrawn represents a Withdrawn event raised by the SealedBidAuction contract.
type SealedBidAuctionWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SealedBidAuctionWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (SealedBidAuctionWithdrawn) ContractEventName() string {
	return SealedBidAuctionWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (sealedBidAuction *SealedBidAuction) UnpackWithdrawnEvent(log *types.Log) (*SealedBidAuctionWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sealedBidAuction.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SealedBidAuctionWithdrawn)
	if len(log.Data) > 0 {
		if err := sealedBidAuction.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sealedBidAuction.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sealedBidAuction *SealedBidAuction) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionAlreadyBid"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionAlreadyBidError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionAlreadySettled"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionDepositBelowReserve"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionDepositBelowReserveError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionIncorrectFee"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionIncorrectFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionNoBids"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionNoBidsError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionNothingToReveal"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionNothingToRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionNothingToWithdraw"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionRevealPending"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionRevealPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionTooEarlyToAbandon"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionTooEarlyToAbandonError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionTransferFailed"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionUnknownRequest"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionWrongPhase"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionZeroReserve"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionZeroReserveError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["SealedBidAuctionZeroSeller"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackSealedBidAuctionZeroSellerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["TKMSCleartextIndexOutOfRange"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackTKMSCleartextIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["TKMSIncorrectFee"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackTKMSIncorrectFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["TKMSOnlyDecryptionOracle"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackTKMSOnlyDecryptionOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["TKMSUnexpectedPayment"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackTKMSUnexpectedPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], sealedBidAuction.abi.Errors["TKMSZeroAddress"].ID.Bytes()[:4]) {
		return sealedBidAuction.UnpackTKMSZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SealedBidAuctionSealedBidAuctionAlreadyBid represents a SealedBidAuctionAlreadyBid error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionAlreadyBid struct {
	Bidder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionAlreadyBid(address bidder)
func SealedBidAuctionSealedBidAuctionAlreadyBidErrorID() common.Hash {
	return common.HexToHash("0x56ef29f37e5f490f2b2cb6afa3333c85f5b2410544338042cddc8e097d809525")
}

// UnpackSealedBidAuctionAlreadyBidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionAlreadyBid(address bidder)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionAlreadyBidError(raw []byte) (*SealedBidAuctionSealedBidAuctionAlreadyBid, error) {
	out := new(SealedBidAuctionSealedBidAuctionAlreadyBid)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionAlreadyBid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionAlreadySettled represents a SealedBidAuctionAlreadySettled error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionAlreadySettled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionAlreadySettled()
func SealedBidAuctionSealedBidAuctionAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xdd9972a72da740966fb5d1c2995bef49e30e42b4c12138093f616b9c1afd671b")
}

// UnpackSealedBidAuctionAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionAlreadySettled()
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionAlreadySettledError(raw []byte) (*SealedBidAuctionSealedBidAuctionAlreadySettled, error) {
	out := new(SealedBidAuctionSealedBidAuctionAlreadySettled)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionDepositBelowReserve represents a SealedBidAuctionDepositBelowReserve error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionDepositBelowReserve struct {
	Deposit      *big.Int
	ReservePrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionDepositBelowReserve(uint256 deposit, uint256 reservePrice)
func SealedBidAuctionSealedBidAuctionDepositBelowReserveErrorID() common.Hash {
	return common.HexToHash("0xd15def7674871cb2c2ed972cbc2eb6d4754e747be14bad8a09515a076a59e69a")
}

// UnpackSealedBidAuctionDepositBelowReserveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionDepositBelowReserve(uint256 deposit, uint256 reservePrice)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionDepositBelowReserveError(raw []byte) (*SealedBidAuctionSealedBidAuctionDepositBelowReserve, error) {
	out := new(SealedBidAuctionSealedBidAuctionDepositBelowReserve)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionDepositBelowReserve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionIncorrectFee represents a SealedBidAuctionIncorrectFee error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionIncorrectFee struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionIncorrectFee(uint256 sent, uint256 required)
func SealedBidAuctionSealedBidAuctionIncorrectFeeErrorID() common.Hash {
	return common.HexToHash("0xe9640a9be501735fb9c430aa26bd9b18d56df04d7b4b6c889d4b81fa012416f1")
}

// UnpackSealedBidAuctionIncorrectFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionIncorrectFee(uint256 sent, uint256 required)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionIncorrectFeeError(raw []byte) (*SealedBidAuctionSealedBidAuctionIncorrectFee, error) {
	out := new(SealedBidAuctionSealedBidAuctionIncorrectFee)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionIncorrectFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionNoBids represents a SealedBidAuctionNoBids error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionNoBids struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionNoBids()
func SealedBidAuctionSealedBidAuctionNoBidsErrorID() common.Hash {
	return common.HexToHash("0xa605a2856aa6fd1300ec36b8b699e5b6071a77f7b213377f7336fa1c42b24990")
}

// UnpackSealedBidAuctionNoBidsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionNoBids()
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionNoBidsError(raw []byte) (*SealedBidAuctionSealedBidAuctionNoBids, error) {
	out := new(SealedBidAuctionSealedBidAuctionNoBids)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionNoBids", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionNothingToReveal represents a SealedBidAuctionNothingToReveal error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionNothingToReveal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionNothingToReveal()
func SealedBidAuctionSealedBidAuctionNothingToRevealErrorID() common.Hash {
	return common.HexToHash("0x03be45eeecc6d3af78c4be13dcc0c3227ea097b98539188a7677b0011c18a144")
}

// UnpackSealedBidAuctionNothingToRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionNothingToReveal()
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionNothingToRevealError(raw []byte) (*SealedBidAuctionSealedBidAuctionNothingToReveal, error) {
	out := new(SealedBidAuctionSealedBidAuctionNothingToReveal)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionNothingToReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionNothingToWithdraw represents a SealedBidAuctionNothingToWithdraw error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionNothingToWithdraw(address account)
func SealedBidAuctionSealedBidAuctionNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xe1b12c3a8023167b10b628db117b1ff09f1244fea116170a94cb3705980b2f8c")
}

// UnpackSealedBidAuctionNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionNothingToWithdraw(address account)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionNothingToWithdrawError(raw []byte) (*SealedBidAuctionSealedBidAuctionNothingToWithdraw, error) {
	out := new(SealedBidAuctionSealedBidAuctionNothingToWithdraw)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionNothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionRevealPending represents a SealedBidAuctionRevealPending error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionRevealPending struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionRevealPending(uint256 requestId)
func SealedBidAuctionSealedBidAuctionRevealPendingErrorID() common.Hash {
	return common.HexToHash("0x59c99982ebc4fd5c2c8fcf670ab0c156a6adce94c8c54175b828ebff05587fbb")
}

// UnpackSealedBidAuctionRevealPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionRevealPending(uint256 requestId)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionRevealPendingError(raw []byte) (*SealedBidAuctionSealedBidAuctionRevealPending, error) {
	out := new(SealedBidAuctionSealedBidAuctionRevealPending)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionRevealPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionTooEarlyToAbandon represents a SealedBidAuctionTooEarlyToAbandon error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionTooEarlyToAbandon struct {
	NotBefore uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionTooEarlyToAbandon(uint64 notBefore)
func SealedBidAuctionSealedBidAuctionTooEarlyToAbandonErrorID() common.Hash {
	return common.HexToHash("0x847f70346561fb5ae381edc8ae01b75e174b87ee6497e17a008b9f7fb3fb620f")
}

// UnpackSealedBidAuctionTooEarlyToAbandonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionTooEarlyToAbandon(uint64 notBefore)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionTooEarlyToAbandonError(raw []byte) (*SealedBidAuctionSealedBidAuctionTooEarlyToAbandon, error) {
	out := new(SealedBidAuctionSealedBidAuctionTooEarlyToAbandon)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionTooEarlyToAbandon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionTransferFailed represents a SealedBidAuctionTransferFailed error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionTransferFailed(address to, uint256 amount)
func SealedBidAuctionSealedBidAuctionTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x5830ef49db339112614ffb155e46e34c48143033fa0657221075b6575488203c")
}

// UnpackSealedBidAuctionTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionTransferFailed(address to, uint256 amount)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionTransferFailedError(raw []byte) (*SealedBidAuctionSealedBidAuctionTransferFailed, error) {
	out := new(SealedBidAuctionSealedBidAuctionTransferFailed)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionTransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionUnknownRequest represents a SealedBidAuctionUnknownRequest error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionUnknownRequest(uint256 requestId)
func SealedBidAuctionSealedBidAuctionUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x56358550c1b034c89f7670884744cde7723711e0408ac6064243805261ae4562")
}

// UnpackSealedBidAuctionUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionUnknownRequest(uint256 requestId)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionUnknownRequestError(raw []byte) (*SealedBidAuctionSealedBidAuctionUnknownRequest, error) {
	out := new(SealedBidAuctionSealedBidAuctionUnknownRequest)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionUnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionWrongPhase represents a SealedBidAuctionWrongPhase error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionWrongPhase struct {
	BiddingEnd   uint64
	NowTimestamp uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionWrongPhase(uint64 biddingEnd, uint64 nowTimestamp)
func SealedBidAuctionSealedBidAuctionWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x7aa0d5c152e0e2d491fe1f680fe670ee2353cd2754adec3f7797f52f8ba7bbb7")
}

// UnpackSealedBidAuctionWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionWrongPhase(uint64 biddingEnd, uint64 nowTimestamp)
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionWrongPhaseError(raw []byte) (*SealedBidAuctionSealedBidAuctionWrongPhase, error) {
	out := new(SealedBidAuctionSealedBidAuctionWrongPhase)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionWrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionZeroReserve represents a SealedBidAuctionZeroReserve error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionZeroReserve struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionZeroReserve()
func SealedBidAuctionSealedBidAuctionZeroReserveErrorID() common.Hash {
	return common.HexToHash("0x9a0e320f86bb65a59784c329ce7ebf3b7c83bc48de2a9d05efff061ee1207afc")
}

// UnpackSealedBidAuctionZeroReserveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionZeroReserve()
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionZeroReserveError(raw []byte) (*SealedBidAuctionSealedBidAuctionZeroReserve, error) {
	out := new(SealedBidAuctionSealedBidAuctionZeroReserve)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionZeroReserve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionSealedBidAuctionZeroSeller represents a SealedBidAuctionZeroSeller error raised by the SealedBidAuction contract.
type SealedBidAuctionSealedBidAuctionZeroSeller struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SealedBidAuctionZeroSeller()
func SealedBidAuctionSealedBidAuctionZeroSellerErrorID() common.Hash {
	return common.HexToHash("0x3fefd67a67c79b72754669e728aa16f63945c2ef9711943ff433f928a0b48781")
}

// UnpackSealedBidAuctionZeroSellerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SealedBidAuctionZeroSeller()
func (sealedBidAuction *SealedBidAuction) UnpackSealedBidAuctionZeroSellerError(raw []byte) (*SealedBidAuctionSealedBidAuctionZeroSeller, error) {
	out := new(SealedBidAuctionSealedBidAuctionZeroSeller)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "SealedBidAuctionZeroSeller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionTKMSCleartextIndexOutOfRange represents a TKMSCleartextIndexOutOfRange error raised by the SealedBidAuction contract.
type SealedBidAuctionTKMSCleartextIndexOutOfRange struct {
	Index *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSCleartextIndexOutOfRange(uint256 index, uint256 count)
func SealedBidAuctionTKMSCleartextIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xda9bf5350964b3f72adebd6d7d0257ebf2698be03b5210168d78ae25323df96a")
}

// UnpackTKMSCleartextIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSCleartextIndexOutOfRange(uint256 index, uint256 count)
func (sealedBidAuction *SealedBidAuction) UnpackTKMSCleartextIndexOutOfRangeError(raw []byte) (*SealedBidAuctionTKMSCleartextIndexOutOfRange, error) {
	out := new(SealedBidAuctionTKMSCleartextIndexOutOfRange)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "TKMSCleartextIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionTKMSIncorrectFee represents a TKMSIncorrectFee error raised by the SealedBidAuction contract.
type SealedBidAuctionTKMSIncorrectFee struct {
	Given    *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSIncorrectFee(uint256 given, uint256 required)
func SealedBidAuctionTKMSIncorrectFeeErrorID() common.Hash {
	return common.HexToHash("0x64c4026be28b9fceef5b1b5820bc189f34bd5fefccf549b654675d72a725fa3c")
}

// UnpackTKMSIncorrectFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSIncorrectFee(uint256 given, uint256 required)
func (sealedBidAuction *SealedBidAuction) UnpackTKMSIncorrectFeeError(raw []byte) (*SealedBidAuctionTKMSIncorrectFee, error) {
	out := new(SealedBidAuctionTKMSIncorrectFee)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "TKMSIncorrectFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionTKMSOnlyDecryptionOracle represents a TKMSOnlyDecryptionOracle error raised by the SealedBidAuction contract.
type SealedBidAuctionTKMSOnlyDecryptionOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSOnlyDecryptionOracle(address caller)
func SealedBidAuctionTKMSOnlyDecryptionOracleErrorID() common.Hash {
	return common.HexToHash("0xdb4ad5af8b0d8118183cbd88567daaec7ec2af5880f86d0243ac44ff7a4ab582")
}

// UnpackTKMSOnlyDecryptionOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSOnlyDecryptionOracle(address caller)
func (sealedBidAuction *SealedBidAuction) UnpackTKMSOnlyDecryptionOracleError(raw []byte) (*SealedBidAuctionTKMSOnlyDecryptionOracle, error) {
	out := new(SealedBidAuctionTKMSOnlyDecryptionOracle)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "TKMSOnlyDecryptionOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionTKMSUnexpectedPayment represents a TKMSUnexpectedPayment error raised by the SealedBidAuction contract.
type SealedBidAuctionTKMSUnexpectedPayment struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSUnexpectedPayment(address sender)
func SealedBidAuctionTKMSUnexpectedPaymentErrorID() common.Hash {
	return common.HexToHash("0x32e7289aa6a12305c0c1c690001f3e50dafc11e1a44720e868e5cdc7a02e7ad2")
}

// UnpackTKMSUnexpectedPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSUnexpectedPayment(address sender)
func (sealedBidAuction *SealedBidAuction) UnpackTKMSUnexpectedPaymentError(raw []byte) (*SealedBidAuctionTKMSUnexpectedPayment, error) {
	out := new(SealedBidAuctionTKMSUnexpectedPayment)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "TKMSUnexpectedPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SealedBidAuctionTKMSZeroAddress represents a TKMSZeroAddress error raised by the SealedBidAuction contract.
type SealedBidAuctionTKMSZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TKMSZeroAddress()
func SealedBidAuctionTKMSZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xdb5dfa380bcf16c8284d9e1b0f03c36e95ea3f5f796fe9ad2aaf2ffe2d8e1187")
}

// UnpackTKMSZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TKMSZeroAddress()
func (sealedBidAuction *SealedBidAuction) UnpackTKMSZeroAddressError(raw []byte) (*SealedBidAuctionTKMSZeroAddress, error) {
	out := new(SealedBidAuctionTKMSZeroAddress)
	if err := sealedBidAuction.abi.UnpackIntoInterface(out, "TKMSZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
