// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IACL} from "./interfaces/IACL.sol";
import {IInputVerifier} from "./interfaces/IInputVerifier.sol";
import {IDecryptionOracle} from "./interfaces/IDecryptionOracle.sol";
import {ITKMSClient} from "./interfaces/ITKMSClient.sol";

/// @title TKMS
/// @notice Base contract for dApps on tKMS. The common path is three lines:
///
///     bytes32 handle = _verifyInput(ciphertext, msg.sender);                        // 1. take an encrypted input
///     uint256 id = _requestDecryption(handles, this.onResult.selector, msg.value);  // 2. ask for its public decryption
///     function onResult(uint256 id, bytes calldata cleartexts)                      // 3. receive the result
///         external onlyDecryptionOracle { … }
///
///      Two rules keep this safe to expose publicly: the handles are ones the contract itself
///      chose (never taken from the caller: the contract is allowed on every input made for it,
///      so a caller could otherwise have any cleartext of its own delivered to the callback), and
///      the fee is an explicit budget (here what the caller paid), never the contract's balance,
///      which holds other users' money.
///
/// @dev Callbacks carry the request id and `cleartexts` = abi.encode(bytes32 v_1, …, bytes32 v_k),
///      one word per requested handle; only the DecryptionOracle can call them
///      (`onlyDecryptionOracle`). A callback that reverts or runs out of gas does not lose the
///      result: the oracle stores it and `_storedResult(id)` reads it.
///      A request spends exactly the `fee` it is given (it must equal the oracle's
///      `requestFee`, `_decryptionFee` here); refunds of expired requests come back through
///      `receive`, which accepts ETH only from the oracle (override it to account for refunds).
abstract contract TKMS is ITKMSClient {
    /// @notice The three tKMS contracts a dApp talks to.
    struct TKMSConfig {
        IACL acl;
        IInputVerifier inputVerifier;
        IDecryptionOracle decryptionOracle;
    }

    /// @notice Callback gas limit used by the two-argument `_requestDecryption`.
    uint32 internal constant DEFAULT_CALLBACK_GAS_LIMIT = 300_000;
    /// @notice Request lifetime used by the two-argument `_requestDecryption`.
    uint64 internal constant DEFAULT_MAX_DELAY = 1 days;

    IACL internal immutable TKMS_ACL;
    IInputVerifier internal immutable TKMS_INPUT_VERIFIER;
    IDecryptionOracle internal immutable TKMS_DECRYPTION_ORACLE;

    /// @notice Restricts a function to the DecryptionOracle (decryption callbacks).
    modifier onlyDecryptionOracle() {
        if (msg.sender != address(TKMS_DECRYPTION_ORACLE)) revert TKMSOnlyDecryptionOracle(msg.sender);
        _;
    }

    constructor(TKMSConfig memory config) {
        if (
            address(config.acl) == address(0) || address(config.inputVerifier) == address(0)
                || address(config.decryptionOracle) == address(0)
        ) revert TKMSZeroAddress();
        TKMS_ACL = config.acl;
        TKMS_INPUT_VERIFIER = config.inputVerifier;
        TKMS_DECRYPTION_ORACLE = config.decryptionOracle;
    }

    /// @notice Accepts refunds of expired requests from the DecryptionOracle only.
    receive() external payable virtual {
        if (msg.sender != address(TKMS_DECRYPTION_ORACLE)) revert TKMSUnexpectedPayment(msg.sender);
    }

    /// @notice Verifies `ciphertext`, encrypted by `user` for this contract, and returns its handle;
    ///         this contract and `user` become allowed on it.
    function _verifyInput(bytes calldata ciphertext, address user) internal returns (bytes32) {
        return TKMS_INPUT_VERIFIER.verifyInput(ciphertext, user);
    }

    /// @notice Requests the public decryption of `handles` with a callback to `callbackSelector`
    ///         on this contract, with the default gas limit and lifetime, spending exactly `fee`.
    function _requestDecryption(bytes32[] memory handles, bytes4 callbackSelector, uint256 fee)
        internal
        returns (uint256)
    {
        return _requestDecryption(handles, callbackSelector, DEFAULT_CALLBACK_GAS_LIMIT, DEFAULT_MAX_DELAY, fee);
    }

    /// @notice Requests the public decryption of `handles`, spending exactly `fee` wei of this
    ///         contract's balance: pass msg.value, or an amount the contract set aside for it,
    ///         never the balance itself. Reverts unless `fee` is the oracle's fee for the request.
    function _requestDecryption(
        bytes32[] memory handles,
        bytes4 callbackSelector,
        uint32 callbackGasLimit,
        uint64 maxDelay,
        uint256 fee
    ) internal returns (uint256) {
        uint256 required = TKMS_DECRYPTION_ORACLE.requestFee(handles.length, callbackGasLimit);
        if (fee != required) revert TKMSIncorrectFee(fee, required);
        return
            TKMS_DECRYPTION_ORACLE.requestDecryption{value: fee}(handles, callbackSelector, callbackGasLimit, maxDelay);
    }

    /// @notice The fee of a request for `handleCount` handles with the default callback gas limit.
    function _decryptionFee(uint256 handleCount) internal view returns (uint256) {
        return TKMS_DECRYPTION_ORACLE.requestFee(handleCount, DEFAULT_CALLBACK_GAS_LIMIT);
    }

    /// @notice The fee of a request for `handleCount` handles with a callback gas limit of `callbackGasLimit`.
    function _decryptionFee(uint256 handleCount, uint32 callbackGasLimit) internal view returns (uint256) {
        return TKMS_DECRYPTION_ORACLE.requestFee(handleCount, callbackGasLimit);
    }

    /// @notice Lets `account` read `handle`, without the right to pass it on (this contract must
    ///         be a granter of it, as it is of every input made for it).
    function _allow(bytes32 handle, address account) internal {
        TKMS_ACL.allow(handle, account);
    }

    /// @notice Lets `account` read `handle` and grant it in turn (e.g. another contract that must
    ///         share it); this contract must be a granter of it.
    function _allowGrant(bytes32 handle, address account) internal {
        TKMS_ACL.allowGrant(handle, account);
    }

    /// @notice Marks `handle` publicly decryptable (this contract must be a granter of it).
    function _allowPublicDecryption(bytes32 handle) internal {
        TKMS_ACL.allowPublicDecryption(handle);
    }

    /// @notice The result of `requestId` stored by the oracle after a failed callback.
    function _storedResult(uint256 requestId) internal view returns (bytes memory) {
        return TKMS_DECRYPTION_ORACLE.resultOf(requestId);
    }

    /// @notice The `index`-th cleartext word of a result held in calldata (a callback argument).
    function _cleartextAt(bytes calldata cleartexts, uint256 index) internal pure returns (bytes32) {
        uint256 count = cleartexts.length / 32;
        if (index >= count) revert TKMSCleartextIndexOutOfRange(index, count);
        return bytes32(cleartexts[index * 32:index * 32 + 32]);
    }

    /// @notice The `index`-th cleartext word of a result held in memory (e.g. `_storedResult`,
    ///         the rare fallback path after a failed callback).
    function _cleartextAtMemory(bytes memory cleartexts, uint256 index) internal pure returns (bytes32 word) {
        uint256 count = cleartexts.length / 32;
        if (index >= count) revert TKMSCleartextIndexOutOfRange(index, count);
        uint256 start = index * 32;
        for (uint256 i = 0; i < 32; ++i) {
            word |= bytes32(cleartexts[start + i]) >> (8 * i);
        }
    }
}
