// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMS} from "../../src/TKMS.sol";

/// @notice The smallest dApp on the TKMS base: the three-line path, exposed for tests.
contract TKMSHarness is TKMS {
    uint256 public lastId;
    bytes32 public firstValue;
    uint256 public callbacks;

    constructor(TKMSConfig memory config) TKMS(config) {}

    function submit(bytes calldata ciphertext) external returns (bytes32) {
        return _verifyInput(ciphertext, msg.sender);
    }

    function decrypt(bytes32[] calldata handles) external payable returns (uint256) {
        return _requestDecryption(handles, this.onResult.selector, msg.value);
    }

    function onResult(uint256 requestId, bytes calldata cleartexts) external onlyDecryptionOracle {
        lastId = requestId;
        firstValue = _cleartextAt(cleartexts, 0);
        callbacks += 1;
    }

    function allow(bytes32 handle, address account) external {
        _allow(handle, account);
    }

    function allowGrant(bytes32 handle, address account) external {
        _allowGrant(handle, account);
    }

    function allowPublic(bytes32 handle) external {
        _allowPublicDecryption(handle);
    }

    function fee(uint256 n) external view returns (uint256) {
        return _decryptionFee(n);
    }

    function stored(uint256 id) external view returns (bytes memory) {
        return _storedResult(id);
    }

    function cleartextAt(bytes calldata cleartexts, uint256 i) external pure returns (bytes32) {
        return _cleartextAt(cleartexts, i);
    }

    function cleartextAtMemory(bytes memory cleartexts, uint256 i) external pure returns (bytes32) {
        return _cleartextAtMemory(cleartexts, i);
    }
}
