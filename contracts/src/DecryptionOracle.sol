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
    /// @notice EIP-712 type hash of one public decryption result (a member of a batch).
    bytes32 public constant DECRYPTION_RESULT_TYPEHASH =
        keccak256("DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee)");
    /// @notice EIP-712 type hash of what the signer set signs: results of one signer epoch.
    bytes32 public constant DECRYPTION_RESULT_BATCH_TYPEHASH = keccak256(
        "DecryptionResultBatch(uint64 signerEpoch,DecryptionResult[] results)"
        "DecryptionResult(uint256 requestId,bytes32[] handles,bytes cleartexts,address payee)"
    );

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
        /// @dev slot + 7: fees earned by payees, withdrawn with `withdraw`
        mapping(address payee => uint256) owed;
        /// @dev slot + 8: bit (id & 0xff) of fulfilledBits[id >> 8] is set once request id is
        ///      fulfilled. A batch of consecutive ids marks them in one slot (100 gas each
        ///      after the first instead of 2,900 for rewriting each request's first word);
        ///      the record's status stays Pending (or becomes Refunded).
        mapping(uint256 word => uint256 bits) fulfilledBits;
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
        uint64 keyEpoch;
        for (uint256 i = 0; i < n; ++i) {
            bytes32 handle = handles[i];
            // The tKMS chain refuses a request that names a handle twice: so does the oracle.
            for (uint256 j = 0; j < i; ++j) {
                if (handles[j] == handle) revert DecryptionOracleRepeatedHandle(handle);
            }
            if (!acl.isAllowed(handle, msg.sender) && !acl.isPubliclyDecryptable(handle)) {
                revert DecryptionOracleNotAllowed(handle, msg.sender);
            }
            // One key per request: the tKMS chain decrypts a request under one key set.
            uint64 e = acl.keyEpochOf(handle);
            if (i == 0) keyEpoch = e;
            else if (e != keyEpoch) revert DecryptionOracleMixedKeyEpochs(handle, e, keyEpoch);
        }

        Request memory req = Request({
            requester: msg.sender,
            callbackSelector: callbackSelector,
            callbackGasLimit: callbackGasLimit,
            handleCount: uint16(n),
            status: RequestStatus.Pending,
            expiry: uint64(block.timestamp) + maxDelay,
            signerEpoch: kmsVerifier.currentEpoch(),
            fee: SafeCast.toUint128(fee),
            handlesHash: keccak256(abi.encodePacked(handles))
        });
        requestId = $.nextRequestId++;
        bytes32 commitment = _commitment(requestId, req.handlesHash, msg.sender, keyEpoch, req.signerEpoch, req.expiry);
        $.commitments[requestId] = commitment;
        $.requests[requestId] = req;
        _emitRequested(requestId, req, handles, keyEpoch, commitment);
    }

    /// @inheritdoc IDecryptionOracle
    function fulfill(uint256 requestId, bytes calldata cleartexts, address payee, bytes calldata signatures)
        external
        nonReentrant
    {
        OracleStorage storage $ = _storage();
        Request storage req = $.requests[requestId];
        RequestStatus status = _status($, requestId, req.status);
        if (status == RequestStatus.None) revert DecryptionOracleUnknownRequest(requestId);
        if (status == RequestStatus.Fulfilled) revert DecryptionOracleAlreadyFulfilled(requestId);
        if (status == RequestStatus.Refunded) revert DecryptionOracleAlreadyRefunded(requestId);
        if (block.timestamp >= req.expiry) revert DecryptionOracleRequestExpired(requestId, req.expiry);
        _checkLength(req.handleCount, cleartexts);
        uint64 signerEpoch = req.signerEpoch;
        bytes32[] memory leaves = new bytes32[](1);
        leaves[0] = _resultHash(requestId, req.handlesHash, cleartexts, payee);
        kmsVerifier.verifyAt(signerEpoch, _batchDigest(signerEpoch, leaves), signatures);
        (uint256 w0,) = _words(req);
        // Effects before any interaction: the request can never be fulfilled again.
        $.fulfilledBits[requestId >> 8] |= 1 << (requestId & 0xff);
        _deliver($, requestId, w0, cleartexts);
        _credit($, payee == address(0) ? req.requester : payee, req.fee);
    }

    /// @inheritdoc IDecryptionOracle
    function fulfillBatch(
        uint64 signerEpoch,
        uint256[] calldata requestIds,
        address[] calldata payees,
        bytes calldata cleartexts,
        bytes calldata signatures
    ) external nonReentrant returns (uint256 fulfilled) {
        if (requestIds.length == 0) revert DecryptionOracleEmptyBatch();
        if (payees.length != requestIds.length) revert DecryptionOracleBatchLengthMismatch();
        OracleStorage storage $ = _storage();
        // Verify the whole signed list once, before any effect.
        bytes32[] memory leaves = _batchLeaves($, signerEpoch, requestIds, payees, cleartexts);
        kmsVerifier.verifyAt(signerEpoch, _batchDigest(signerEpoch, leaves), signatures);
        return _deliverBatch($, requestIds, payees, cleartexts);
    }

    /// @inheritdoc IDecryptionOracle
    function withdraw(address payable to) external nonReentrant {
        OracleStorage storage $ = _storage();
        uint256 amount = $.owed[msg.sender];
        if (amount == 0) revert DecryptionOracleNothingToWithdraw(msg.sender);
        $.owed[msg.sender] = 0;
        emit Withdrawn(msg.sender, to, amount);
        _pay(to, amount);
    }

    /// @inheritdoc IDecryptionOracle
    function refund(uint256 requestId) external nonReentrant {
        OracleStorage storage $ = _storage();
        Request storage req = $.requests[requestId];
        RequestStatus status = _status($, requestId, req.status);
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
    function getRequest(uint256 requestId) external view returns (Request memory req) {
        OracleStorage storage $ = _storage();
        req = $.requests[requestId];
        req.status = _status($, requestId, req.status);
    }

    /// @inheritdoc IDecryptionOracle
    function owedTo(address payee) external view returns (uint256) {
        return _storage().owed[payee];
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
        uint64 signerEpoch,
        uint64 expiry
    ) external view returns (bytes32) {
        return _commitment(requestId, handlesHash, requester, keyEpoch, signerEpoch, expiry);
    }

    /// @inheritdoc IDecryptionOracle
    function decryptionResultDigest(uint64 signerEpoch, Result[] calldata results) external view returns (bytes32) {
        bytes32[] memory leaves = new bytes32[](results.length);
        for (uint256 i = 0; i < results.length; ++i) {
            Result calldata r = results[i];
            leaves[i] = _resultHash(r.requestId, keccak256(abi.encodePacked(r.handles)), r.cleartexts, r.payee);
        }
        return _batchDigest(signerEpoch, leaves);
    }

    /// @inheritdoc IDecryptionOracle
    function nextRequestId() external view returns (uint256) {
        return _storage().nextRequestId;
    }

    /// @notice The EIP-712 domain separator (name "TKMS", version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _emitRequested(
        uint256 requestId,
        Request memory req,
        bytes32[] calldata handles,
        uint64 keyEpoch,
        bytes32 commitment
    ) private {
        emit DecryptionRequested(
            requestId,
            req.requester,
            handles,
            keyEpoch,
            req.signerEpoch,
            req.expiry,
            req.callbackSelector,
            req.callbackGasLimit,
            req.fee,
            commitment
        );
    }

    /// @dev Reverts unless `cleartexts` holds one 32-byte word per handle.
    function _checkLength(uint256 handleCount, bytes calldata cleartexts) private pure {
        uint256 expected = handleCount * 32;
        if (cleartexts.length != expected) revert DecryptionOracleInvalidCleartextsLength(cleartexts.length, expected);
    }

    /// @dev The hashStructs of a batch's results, checking that every request exists, was made
    ///      under `signerEpoch`, and has its cleartexts (concatenated in order, 32 bytes per
    ///      handle each) of the right length.
    function _batchLeaves(
        OracleStorage storage $,
        uint64 signerEpoch,
        uint256[] calldata requestIds,
        address[] calldata payees,
        bytes calldata cleartexts
    ) private view returns (bytes32[] memory leaves) {
        uint256 n = requestIds.length;
        leaves = new bytes32[](n);
        uint256 offset;
        for (uint256 i = 0; i < n; ++i) {
            (leaves[i], offset) = _batchLeaf($, signerEpoch, requestIds[i], payees[i], cleartexts, offset);
        }
        if (offset != cleartexts.length) revert DecryptionOracleInvalidCleartextsLength(cleartexts.length, offset);
    }

    /// @dev One member of `_batchLeaves`, whose cleartexts start at `offset`; returns where they end.
    function _batchLeaf(
        OracleStorage storage $,
        uint64 signerEpoch,
        uint256 id,
        address payee,
        bytes calldata cleartexts,
        uint256 offset
    ) private view returns (bytes32 leaf, uint256 end) {
        Request storage req = $.requests[id];
        (uint256 w0, uint256 w1) = _words(req);
        // Every request has a signer epoch ≥ 1 (KMSVerifier epochs start at 1): 0 means none.
        uint64 epoch = uint64(w1 >> 64);
        if (epoch == 0) revert DecryptionOracleUnknownRequest(id);
        if (epoch != signerEpoch) revert DecryptionOracleSignerEpochMismatch(id, epoch, signerEpoch);
        end = offset + uint256(uint16(w0 >> 224)) * 32;
        if (end > cleartexts.length) revert DecryptionOracleInvalidCleartextsLength(cleartexts.length, end);
        leaf = _resultHash(id, req.handlesHash, cleartexts[offset:end], payee);
    }

    /// @dev Delivers a verified batch's pending requests; skips the others (another relayer was
    ///      first, or the request was refunded or expired). Fees are credited once per run of
    ///      one payee.
    function _deliverBatch(
        OracleStorage storage $,
        uint256[] calldata requestIds,
        address[] calldata payees,
        bytes calldata cleartexts
    ) private returns (uint256 fulfilled) {
        address payee;
        uint256 owed;
        uint256 offset;
        for (uint256 i = 0; i < requestIds.length; ++i) {
            address p = payees[i];
            bool delivered;
            uint256 fee;
            (delivered, fee, offset) = _deliverBatchMember($, requestIds[i], p, cleartexts, offset);
            if (!delivered) continue;
            ++fulfilled;
            if (p != payee) {
                _credit($, payee, owed);
                (payee, owed) = (p, 0);
            }
            owed += fee;
        }
        _credit($, payee, owed);
    }

    /// @dev One member of `_deliverBatch`, whose cleartexts start at `offset`. Returns whether it
    ///      was delivered, the fee its payee is owed (0 when the payee is zero: then the fee is
    ///      credited to the requester here) and where its cleartexts end.
    function _deliverBatchMember(
        OracleStorage storage $,
        uint256 id,
        address payee,
        bytes calldata cleartexts,
        uint256 offset
    ) private returns (bool delivered, uint256 fee, uint256 end) {
        (uint256 w0, uint256 w1) = _words($.requests[id]);
        end = offset + uint256(uint16(w0 >> 224)) * 32;
        if (uint8(w0 >> 240) != uint8(RequestStatus.Pending) || block.timestamp >= uint64(w1)) return (false, 0, end);
        // Effects before any interaction: the request can never be fulfilled again.
        uint256 bits = $.fulfilledBits[id >> 8];
        uint256 bit = 1 << (id & 0xff);
        if (bits & bit != 0) return (false, 0, end);
        $.fulfilledBits[id >> 8] = bits | bit;
        _deliver($, id, w0, cleartexts[offset:end]);
        fee = w1 >> 128;
        if (payee == address(0)) {
            _credit($, address(uint160(w0)), fee);
            fee = 0;
        }
        return (true, fee, end);
    }

    /// @dev The first two words of a stored request (contracts/STORAGE.md, "Request record"),
    ///      read once each on the fulfilment hot path instead of once per field.
    function _words(Request storage req) private view returns (uint256 w0, uint256 w1) {
        assembly ("memory-safe") {
            w0 := sload(req.slot)
            w1 := sload(add(req.slot, 1))
        }
    }

    /// @dev Whether request `id` was fulfilled (fulfilledBits).
    function _isFulfilled(OracleStorage storage $, uint256 id) private view returns (bool) {
        return $.fulfilledBits[id >> 8] & (1 << (id & 0xff)) != 0;
    }

    /// @dev A request's status: its record's, or Fulfilled once its bit is set.
    function _status(OracleStorage storage $, uint256 id, RequestStatus recorded) private view returns (RequestStatus) {
        return recorded == RequestStatus.Pending && _isFulfilled($, id) ? RequestStatus.Fulfilled : recorded;
    }

    /// @dev Delivers one verified result of a pending request already marked fulfilled (length
    ///      checked); `w0` is the request's first word (requester, callback, handle count, status).
    function _deliver(OracleStorage storage $, uint256 requestId, uint256 w0, bytes calldata cleartexts) private {
        emit DecryptionFulfilled(requestId);

        address requester = address(uint160(w0));
        bytes4 selector = bytes4(uint32(w0 >> 160));
        if (selector == bytes4(0)) {
            $.results[requestId] = cleartexts;
            return;
        }
        // A call to an account without code succeeds without running anything: such a
        // requester (an EOA, or a contract that requested from its constructor) gets the
        // result stored as if its callback had failed.
        if (requester.code.length == 0 || !_callback(requester, selector, uint32(w0 >> 192), requestId, cleartexts)) {
            $.results[requestId] = cleartexts;
            emit CallbackFailed(requestId, requester);
        }
    }

    /// @dev Credits `amount` to `payee`, the relayer the signed result names (pull payment, so
    ///      that no payee can make a delivery revert). Callers credit the requester instead when
    ///      a result names no payee.
    function _credit(OracleStorage storage $, address payee, uint256 amount) private {
        if (amount == 0) return;
        $.owed[payee] += amount;
        emit FeesCredited(payee, amount);
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
        uint256 required = gasLimit + gasLimit / 63 + CALLBACK_CALL_OVERHEAD;
        uint256 available = gasleft();
        if (available < required) revert DecryptionOracleInsufficientGas(available, required);
        // Assembly so that no return data is copied (a callee returning a huge buffer could
        // otherwise make the relayer pay for the memory expansion), and so that the calldata
        // abi.encodeWithSelector(selector, requestId, cleartexts) is written once in scratch
        // memory past the free memory pointer, which a batch reuses for every callback.
        assembly ("memory-safe") {
            let data := mload(0x40)
            let n := cleartexts.length
            mstore(data, selector)
            mstore(add(data, 0x04), requestId)
            mstore(add(data, 0x24), 0x40)
            mstore(add(data, 0x44), n)
            calldatacopy(add(data, 0x64), cleartexts.offset, n)
            // n is a multiple of 32 (checked before delivery): no padding to write.
            ok := call(gasLimit, target, 0, data, add(0x64, n), 0, 0)
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

    function _commitment(
        uint256 requestId,
        bytes32 handlesHash,
        address requester,
        uint64 keyEpoch,
        uint64 signerEpoch,
        uint64 expiry
    ) private view returns (bytes32) {
        return keccak256(
            abi.encode(block.chainid, address(this), requestId, handlesHash, requester, keyEpoch, signerEpoch, expiry)
        );
    }

    /// @dev EIP-712 hashStruct of DecryptionResult(uint256 requestId,bytes32[] handles,bytes
    ///      cleartexts,address payee); `handlesHash` is the request's keccak256(abi.encodePacked(handles)).
    ///      The handles bind the result to the request's contents, not only its id: after a host
    ///      reorganisation an id can name another request (bindings/hostkit reorg test).
    function _resultHash(uint256 requestId, bytes32 handlesHash, bytes calldata cleartexts, address payee)
        private
        pure
        returns (bytes32 h)
    {
        bytes32 typeHash = DECRYPTION_RESULT_TYPEHASH;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, cleartexts.offset, cleartexts.length)
            let ch := keccak256(ptr, cleartexts.length)
            mstore(ptr, typeHash)
            mstore(add(ptr, 0x20), requestId)
            mstore(add(ptr, 0x40), handlesHash)
            mstore(add(ptr, 0x60), ch)
            mstore(add(ptr, 0x80), payee)
            h := keccak256(ptr, 0xa0)
        }
    }

    /// @dev EIP-712 digest of DecryptionResultBatch(signerEpoch, results) given the results'
    ///      hashStructs: the array member is keccak256 of their concatenation.
    function _batchDigest(uint64 signerEpoch, bytes32[] memory leaves) private view returns (bytes32) {
        bytes32 list;
        assembly ("memory-safe") {
            list := keccak256(add(leaves, 0x20), mul(mload(leaves), 0x20))
        }
        return _hashTypedDataV4(keccak256(abi.encode(DECRYPTION_RESULT_BATCH_TYPEHASH, signerEpoch, list)));
    }

    function _storage() private pure returns (OracleStorage storage $) {
        // ERC-7201: point the storage struct at its fixed namespaced slot.
        assembly ("memory-safe") {
            $.slot := STORAGE_SLOT
        }
    }
}
