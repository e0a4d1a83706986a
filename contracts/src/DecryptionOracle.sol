// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IACL} from "./interfaces/IACL.sol";
import {IKMSVerifier} from "./interfaces/IKMSVerifier.sol";
import {IDecryptionOracle} from "./interfaces/IDecryptionOracle.sol";

/// @title DecryptionOracle
/// @notice Public decryption requests, their storage-provable commitments, and fulfilment with
///         MPC-signed results. See IDecryptionOracle and contracts/STORAGE.md.
contract DecryptionOracle is IDecryptionOracle, EIP712, Ownable2Step, ReentrancyGuardTransient {
    /// @notice EIP-712 type hash of a public decryption result.
    bytes32 public constant DECRYPTION_RESULT_TYPEHASH =
        keccak256("DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,uint64 keyEpoch)");

    /// @notice keccak256(abi.encode(uint256(keccak256("tkms.storage.DecryptionOracle")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 public constant STORAGE_SLOT = 0x0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800;

    /// @notice Most handles in one request: x/kms's default `max_handles_per_request`, which the
    ///         tKMS chain enforces on every request it carries (a Go test,
    ///         TestOracleLimitsMatchTheChain, fails when the two differ). A request the chain
    ///         would refuse is refused here, so no fee is ever paid for a request that cannot be served.
    uint256 public constant MAX_HANDLES = 16;
    /// @notice Largest callback gas limit a request may ask for.
    uint256 public constant MAX_CALLBACK_GAS_LIMIT = 5_000_000;
    /// @notice Longest time a request may stay open.
    uint64 public constant MAX_DELAY = 30 days;
    /// @notice Gas kept on top of the callback's limit (and its 1/64) to cover the CALL itself
    ///         before the callee starts: the requester's account is warm by then (its code size
    ///         was read), but an EIP-7702 delegated requester's delegate is a second, cold account
    ///         access (2,600 gas); the rest covers the opcodes between the check and the CALL.
    uint256 public constant CALLBACK_CALL_OVERHEAD = 5_000;
    /// @notice Gas charged in the fee for storing a result when the callback fails or is absent:
    ///         one fresh storage slot (22,100 gas, cold zero-to-non-zero SSTORE) per cleartext word
    ///         and one for the length.
    uint256 public constant RESULT_STORAGE_GAS_PER_WORD = 22_100;

    /// @custom:storage-location erc7201:tkms.storage.DecryptionOracle
    struct OracleStorage {
        /// @dev slot + 0: commitments[requestId]
        mapping(uint256 requestId => bytes32) commitments;
        /// @dev slot + 1: requests[requestId]
        mapping(uint256 requestId => Request) requests;
        /// @dev slot + 2: results[requestId], only for failed or absent callbacks
        mapping(uint256 requestId => bytes) results;
        /// @dev slot + 3
        uint256 nextRequestId;
        /// @dev slot + 4
        uint128 baseFee;
        uint128 perHandleFee;
        /// @dev slot + 5: wei per gas of callback limit and of result storage
        uint128 perGasFee;
        /// @dev slot + 6: refunds[requester], refunds whose transfer failed, to be withdrawn
        mapping(address requester => uint256) refunds;
    }

    /// @notice The ACL consulted for every handle of a request.
    IACL public immutable acl;
    /// @notice The signer-set verifier of results.
    IKMSVerifier public immutable kmsVerifier;

    /// @param baseFee, perHandleFee, perGasFee The fee schedule (see `requestFee`).
    constructor(
        address initialOwner,
        IACL acl_,
        IKMSVerifier kmsVerifier_,
        uint128 baseFee,
        uint128 perHandleFee,
        uint128 perGasFee
    ) EIP712("TKMS", "1") Ownable(initialOwner) {
        if (address(acl_) == address(0) || address(kmsVerifier_) == address(0)) {
            revert DecryptionOracleZeroAddress();
        }
        acl = acl_;
        kmsVerifier = kmsVerifier_;
        OracleStorage storage $ = _storage();
        $.nextRequestId = firstRequestId();
        _setFees($, baseFee, perHandleFee, perGasFee);
    }

    /// @inheritdoc IDecryptionOracle
    function requestDecryption(
        bytes32[] calldata handles,
        bytes4 callbackSelector,
        uint32 callbackGasLimit,
        uint64 maxDelay
    ) external payable returns (uint256 requestId) {
        uint256 n = handles.length;
        if (n == 0) revert DecryptionOracleNoHandles();
        if (n > MAX_HANDLES) revert DecryptionOracleTooManyHandles(n, MAX_HANDLES);
        if (callbackGasLimit > MAX_CALLBACK_GAS_LIMIT) {
            revert DecryptionOracleCallbackGasLimitTooHigh(callbackGasLimit, MAX_CALLBACK_GAS_LIMIT);
        }
        if (maxDelay == 0 || maxDelay > MAX_DELAY) revert DecryptionOracleInvalidMaxDelay(maxDelay, MAX_DELAY);
        OracleStorage storage $ = _storage();
        uint256 fee = _fee($, n, callbackGasLimit);
        if (msg.value != fee) revert DecryptionOracleIncorrectFee(msg.value, fee);
        for (uint256 i = 0; i < n; ++i) {
            bytes32 handle = handles[i];
            // The tKMS chain refuses a request that names a handle twice: so does the oracle.
            for (uint256 j = 0; j < i; ++j) {
                if (handles[j] == handle) revert DecryptionOracleRepeatedHandle(handle);
            }
            if (!acl.isAllowed(handle, msg.sender) && !acl.isPubliclyDecryptable(handle)) {
                revert DecryptionOracleNotAllowed(handle, msg.sender);
            }
        }

        Request memory req = Request({
            requester: msg.sender,
            callbackSelector: callbackSelector,
            callbackGasLimit: callbackGasLimit,
            handleCount: uint16(n),
            status: RequestStatus.Pending,
            expiry: uint64(block.timestamp) + maxDelay,
            keyEpoch: kmsVerifier.currentEpoch(),
            fee: SafeCast.toUint128(fee),
            handlesHash: keccak256(abi.encodePacked(handles))
        });
        requestId = $.nextRequestId++;
        bytes32 commitment = _commitment(requestId, req.handlesHash, msg.sender, req.keyEpoch, req.expiry);
        $.commitments[requestId] = commitment;
        $.requests[requestId] = req;
        _emitRequested(requestId, req, handles, commitment);
    }

    /// @inheritdoc IDecryptionOracle
    function fulfill(uint256 requestId, bytes calldata cleartexts, bytes calldata signatures) external nonReentrant {
        OracleStorage storage $ = _storage();
        Request memory req = $.requests[requestId];
        if (req.status == RequestStatus.None) revert DecryptionOracleUnknownRequest(requestId);
        if (req.status == RequestStatus.Fulfilled) revert DecryptionOracleAlreadyFulfilled(requestId);
        if (req.status == RequestStatus.Refunded) revert DecryptionOracleAlreadyRefunded(requestId);
        if (block.timestamp >= req.expiry) revert DecryptionOracleRequestExpired(requestId, req.expiry);
        _fulfil($, requestId, req, cleartexts, signatures);
        _pay(msg.sender, req.fee);
    }

    /// @inheritdoc IDecryptionOracle
    function fulfillBatch(uint256[] calldata requestIds, bytes[] calldata cleartexts, bytes[] calldata signatures)
        external
        nonReentrant
        returns (uint256 fulfilled)
    {
        uint256 n = requestIds.length;
        if (cleartexts.length != n || signatures.length != n) revert DecryptionOracleBatchLengthMismatch();
        OracleStorage storage $ = _storage();
        uint256 total;
        for (uint256 i = 0; i < n; ++i) {
            uint256 requestId = requestIds[i];
            Request memory req = $.requests[requestId];
            if (req.status == RequestStatus.None) revert DecryptionOracleUnknownRequest(requestId);
            // Another relayer won, or the request was refunded or expired: nothing to do.
            if (req.status != RequestStatus.Pending || block.timestamp >= req.expiry) continue;
            _fulfil($, requestId, req, cleartexts[i], signatures[i]);
            total += req.fee;
            ++fulfilled;
        }
        _pay(msg.sender, total);
    }

    /// @inheritdoc IDecryptionOracle
    function refund(uint256 requestId) external nonReentrant {
        OracleStorage storage $ = _storage();
        Request storage req = $.requests[requestId];
        RequestStatus status = req.status;
        if (status == RequestStatus.None) revert DecryptionOracleUnknownRequest(requestId);
        if (status == RequestStatus.Fulfilled) revert DecryptionOracleAlreadyFulfilled(requestId);
        if (status == RequestStatus.Refunded) revert DecryptionOracleAlreadyRefunded(requestId);
        if (block.timestamp < req.expiry) revert DecryptionOracleRequestNotExpired(requestId, req.expiry);
        req.status = RequestStatus.Refunded;
        address requester = req.requester;
        uint256 amount = req.fee;
        emit DecryptionRefunded(requestId, requester, amount);
        if (amount == 0) return;
        // A requester that cannot take ETH now (a reverting receive, none at all) does not lose
        // the refund: it is credited and withdrawn with `withdrawRefund`. All gas is forwarded,
        // so that starving the transfer would leave too little gas to credit it.
        (bool ok,) = requester.call{value: amount}("");
        if (!ok) {
            $.refunds[requester] += amount;
            emit RefundCredited(requestId, requester, amount);
        }
    }

    /// @inheritdoc IDecryptionOracle
    function withdrawRefund(address payable to) external nonReentrant {
        OracleStorage storage $ = _storage();
        uint256 amount = $.refunds[msg.sender];
        if (amount == 0) revert DecryptionOracleNothingToWithdraw(msg.sender);
        $.refunds[msg.sender] = 0;
        emit RefundWithdrawn(msg.sender, to, amount);
        _pay(to, amount);
    }

    /// @inheritdoc IDecryptionOracle
    function setFees(uint128 baseFee, uint128 perHandleFee, uint128 perGasFee) external onlyOwner {
        _setFees(_storage(), baseFee, perHandleFee, perGasFee);
    }

    /// @notice Always reverts: an oracle without an owner could never change its fees again.
    function renounceOwnership() public view override onlyOwner {
        revert DecryptionOracleCannotRenounceOwnership();
    }

    /// @inheritdoc IDecryptionOracle
    function requestFee(uint256 handleCount, uint32 callbackGasLimit) external view returns (uint256) {
        return _fee(_storage(), handleCount, callbackGasLimit);
    }

    /// @inheritdoc IDecryptionOracle
    function fees() external view returns (uint128 baseFee, uint128 perHandleFee, uint128 perGasFee) {
        OracleStorage storage $ = _storage();
        return ($.baseFee, $.perHandleFee, $.perGasFee);
    }

    /// @inheritdoc IDecryptionOracle
    function refundOf(address requester) external view returns (uint256) {
        return _storage().refunds[requester];
    }

    /// @inheritdoc IDecryptionOracle
    function firstRequestId() public view returns (uint256) {
        // High 192 bits from (chain id, oracle address), low 64 bits a counter from 1: ids of
        // two oracles (a redeployment, another host chain) never collide.
        return (uint256(keccak256(abi.encode(block.chainid, address(this)))) >> 64 << 64) | 1;
    }

    /// @inheritdoc IDecryptionOracle
    function getRequest(uint256 requestId) external view returns (Request memory) {
        return _storage().requests[requestId];
    }

    /// @inheritdoc IDecryptionOracle
    function commitmentOf(uint256 requestId) external view returns (bytes32) {
        return _storage().commitments[requestId];
    }

    /// @inheritdoc IDecryptionOracle
    function resultOf(uint256 requestId) external view returns (bytes memory cleartexts) {
        cleartexts = _storage().results[requestId];
        if (cleartexts.length == 0) revert DecryptionOracleResultNotStored(requestId);
    }

    /// @inheritdoc IDecryptionOracle
    function computeCommitment(
        uint256 requestId,
        bytes32 handlesHash,
        address requester,
        uint64 keyEpoch,
        uint64 expiry
    ) external view returns (bytes32) {
        return _commitment(requestId, handlesHash, requester, keyEpoch, expiry);
    }

    /// @inheritdoc IDecryptionOracle
    function decryptionResultDigest(
        uint256 requestId,
        bytes32[] calldata handles,
        bytes calldata cleartexts,
        uint64 keyEpoch
    ) external view returns (bytes32) {
        return _resultDigest(requestId, keccak256(abi.encodePacked(handles)), cleartexts, keyEpoch);
    }

    /// @inheritdoc IDecryptionOracle
    function nextRequestId() external view returns (uint256) {
        return _storage().nextRequestId;
    }

    /// @notice The EIP-712 domain separator (name "TKMS", version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _emitRequested(uint256 requestId, Request memory req, bytes32[] calldata handles, bytes32 commitment)
        private
    {
        emit DecryptionRequested(
            requestId,
            req.requester,
            handles,
            req.keyEpoch,
            req.expiry,
            req.callbackSelector,
            req.callbackGasLimit,
            req.fee,
            commitment
        );
    }

    /// @dev Verifies, records and delivers one result; the caller pays the fee afterwards.
    function _fulfil(
        OracleStorage storage $,
        uint256 requestId,
        Request memory req,
        bytes calldata cleartexts,
        bytes calldata signatures
    ) private {
        uint256 expected = uint256(req.handleCount) * 32;
        if (cleartexts.length != expected) revert DecryptionOracleInvalidCleartextsLength(cleartexts.length, expected);
        bytes32 digest = _resultDigest(requestId, req.handlesHash, cleartexts, req.keyEpoch);
        uint64 signerEpoch = kmsVerifier.verify(digest, signatures);

        // Effects before any interaction: the request can never be fulfilled again.
        $.requests[requestId].status = RequestStatus.Fulfilled;
        emit DecryptionFulfilled(requestId, msg.sender, cleartexts, signerEpoch);

        if (req.callbackSelector == bytes4(0)) {
            $.results[requestId] = cleartexts;
            return;
        }
        // A call to an account without code succeeds without running anything: such a
        // requester (an EOA, or a contract that requested from its constructor) gets the
        // result stored as if its callback had failed.
        if (
            req.requester.code.length == 0
                || !_callback(req.requester, req.callbackSelector, req.callbackGasLimit, requestId, cleartexts)
        ) {
            $.results[requestId] = cleartexts;
            emit CallbackFailed(requestId, req.requester);
        }
    }

    /// @dev Calls `target.selector(requestId, cleartexts)` with exactly `gasLimit` gas.
    ///      Reverts (so that a relayer cannot starve the callback on purpose) unless the callee
    ///      received its whole limit under EIP-150's 63/64 rule. Two checks: before the call,
    ///      enough gas for the limit, its 1/64 and the CALL's own cost (a fast refusal); after a
    ///      failed call, the exact one: a callee given g' < gasLimit leaves the caller at most
    ///      g'/64 < gasLimit/63 when it runs out of gas, whereas a callee given its full limit
    ///      leaves at least gasLimit/63, whatever the CALL cost (cold accesses, EIP-7702 delegation).
    function _callback(address target, bytes4 selector, uint256 gasLimit, uint256 requestId, bytes calldata cleartexts)
        private
        returns (bool ok)
    {
        bytes memory data = abi.encodeWithSelector(selector, requestId, cleartexts);
        uint256 required = gasLimit + gasLimit / 63 + CALLBACK_CALL_OVERHEAD;
        uint256 available = gasleft();
        if (available < required) revert DecryptionOracleInsufficientGas(available, required);
        // Assembly so that no return data is copied: a callee returning a huge buffer could
        // otherwise make the relayer pay for the memory expansion.
        assembly ("memory-safe") {
            ok := call(gasLimit, target, 0, add(data, 0x20), mload(data), 0, 0)
        }
        if (!ok) {
            uint256 left = gasleft();
            if (left < gasLimit / 63) revert DecryptionOracleInsufficientGas(left, gasLimit / 63);
        }
    }

    function _fee(OracleStorage storage $, uint256 handleCount, uint256 callbackGasLimit)
        private
        view
        returns (uint256)
    {
        uint256 gasUnits = callbackGasLimit + RESULT_STORAGE_GAS_PER_WORD * (handleCount + 1);
        return $.baseFee + uint256($.perHandleFee) * handleCount + uint256($.perGasFee) * gasUnits;
    }

    function _setFees(OracleStorage storage $, uint128 baseFee, uint128 perHandleFee, uint128 perGasFee) private {
        $.baseFee = baseFee;
        $.perHandleFee = perHandleFee;
        $.perGasFee = perGasFee;
        emit FeesUpdated(baseFee, perHandleFee, perGasFee);
    }

    /// @dev Sends `amount` wei to `to` (after all state changes); reverts if the transfer fails.
    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert DecryptionOracleTransferFailed(to, amount);
    }

    function _commitment(uint256 requestId, bytes32 handlesHash, address requester, uint64 keyEpoch, uint64 expiry)
        private
        view
        returns (bytes32)
    {
        return keccak256(abi.encode(block.chainid, address(this), requestId, handlesHash, requester, keyEpoch, expiry));
    }

    function _resultDigest(uint256 requestId, bytes32 handlesHash, bytes calldata cleartexts, uint64 keyEpoch)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(abi.encode(DECRYPTION_RESULT_TYPEHASH, requestId, handlesHash, keccak256(cleartexts), keyEpoch))
        );
    }

    function _storage() private pure returns (OracleStorage storage $) {
        // ERC-7201: point the storage struct at its fixed namespaced slot.
        assembly ("memory-safe") {
            $.slot := STORAGE_SLOT
        }
    }
}
