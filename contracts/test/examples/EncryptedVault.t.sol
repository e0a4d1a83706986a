// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSTestBase} from "../utils/TKMSTestBase.sol";
import {TKMS} from "../../src/TKMS.sol";
import {EncryptedVault} from "../../src/examples/EncryptedVault.sol";
import {IEncryptedVault} from "../../src/examples/IEncryptedVault.sol";
import {IInputVerifier} from "../../src/interfaces/IInputVerifier.sol";
import {IACL} from "../../src/interfaces/IACL.sol";

contract EncryptedVaultTest is TKMSTestBase {
    EncryptedVault internal vault;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, 2, true);
        vault = new EncryptedVault(TKMS.TKMSConfig(acl, inputVerifier, oracle));
    }

    function _store(address owner_, bytes32 secret, uint256 seed) internal returns (uint256 id, bytes32 handle) {
        bytes memory ct = _encryptInput(secret, address(vault), owner_, seed);
        handle = keccak256(ct);
        vm.expectEmit(address(vault));
        emit IEncryptedVault.SecretStored(vault.nextId(), owner_, handle);
        vm.prank(owner_);
        id = vault.store(ct);
    }

    /// @dev The slot a relayer proves for allowed[handle][account] (contracts/STORAGE.md).
    function _aclSlot(bytes32 handle, address account) internal view returns (bytes32) {
        return keccak256(abi.encode(account, keccak256(abi.encode(handle, acl.STORAGE_SLOT()))));
    }

    function test_Store_GrantsOwnerAndVault() public {
        (uint256 id, bytes32 handle) = _store(alice, keccak256("alice's key"), 1);
        assertEq(id, 1);
        (address owner_, bytes32 stored) = vault.secrets(id);
        assertEq(owner_, alice);
        assertEq(stored, handle);
        assertTrue(vault.canRead(id, alice));
        assertFalse(vault.canRead(id, bob));
        // What the tKMS chain checks for a user decryption, proved from storage.
        assertEq(vm.load(address(acl), _aclSlot(handle, alice)), bytes32(uint256(1)));
        // The vault reads and grants (READ | GRANT = 3): non-zero, which is what the chain checks.
        assertEq(vm.load(address(acl), _aclSlot(handle, address(vault))), bytes32(uint256(3)));
        assertEq(vm.load(address(acl), _aclSlot(handle, bob)), bytes32(0));
    }

    function test_Share_LetsReaderDecrypt() public {
        (uint256 id, bytes32 handle) = _store(alice, keccak256("s"), 1);
        vm.expectEmit(address(vault));
        emit IEncryptedVault.SecretShared(id, bob, handle);
        vm.prank(alice);
        vault.share(id, bob);
        assertTrue(vault.canRead(id, bob));
        assertEq(vm.load(address(acl), _aclSlot(handle, bob)), bytes32(uint256(1)));
    }

    /// @dev A reader may decrypt the secret, not pass it on: it can neither share it with
    ///      someone else nor make it publicly decryptable behind the owner's back.
    function test_RevertWhen_ReaderSharesOrPublishes() public {
        (uint256 id, bytes32 handle) = _store(alice, keccak256("s"), 1);
        vm.prank(alice);
        vault.share(id, bob);
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, handle, bob));
        vm.prank(bob);
        acl.allowPublicDecryption(handle);
        vm.expectRevert(abi.encodeWithSelector(IACL.ACLSenderCannotGrant.selector, handle, bob));
        vm.prank(bob);
        acl.allow(handle, carol);
        assertFalse(acl.isPubliclyDecryptable(handle));
        assertFalse(vault.canRead(id, carol));
    }

    function test_RevertWhen_ShareByNonOwner() public {
        (uint256 id,) = _store(alice, keccak256("s"), 1);
        vm.expectRevert(abi.encodeWithSelector(IEncryptedVault.EncryptedVaultNotOwner.selector, id, bob));
        vm.prank(bob);
        vault.share(id, bob);
    }

    function test_RevertWhen_ShareUnknownSecret() public {
        vm.expectRevert(abi.encodeWithSelector(IEncryptedVault.EncryptedVaultUnknownSecret.selector, 9));
        vault.share(9, bob);
    }

    function test_RevertWhen_CanReadUnknownSecret() public {
        vm.expectRevert(abi.encodeWithSelector(IEncryptedVault.EncryptedVaultUnknownSecret.selector, 9));
        vault.canRead(9, bob);
    }

    /// @dev Readers of the old secret do not get the new one.
    function test_Replace_RevokesByRotation() public {
        (uint256 id, bytes32 oldHandle) = _store(alice, keccak256("v1"), 1);
        vm.prank(alice);
        vault.share(id, bob);
        bytes memory ct = _encryptInput(keccak256("v2"), address(vault), alice, 2);
        vm.expectEmit(address(vault));
        emit IEncryptedVault.SecretReplaced(id, oldHandle, keccak256(ct));
        vm.prank(alice);
        vault.replace(id, ct);
        assertFalse(vault.canRead(id, bob));
        assertTrue(vault.canRead(id, alice));
        assertTrue(acl.isAllowed(oldHandle, bob), "old permissions are persistent");
    }

    function test_RevertWhen_ReplaceByNonOwner() public {
        (uint256 id,) = _store(alice, keccak256("v1"), 1);
        bytes memory ct = _encryptInput(keccak256("v2"), address(vault), bob, 2);
        vm.expectRevert(abi.encodeWithSelector(IEncryptedVault.EncryptedVaultNotOwner.selector, id, bob));
        vm.prank(bob);
        vault.replace(id, ct);
    }

    /// @dev A reader may delegate its user decryptions through the vault to another address.
    function test_DelegatedReader() public {
        (uint256 id, bytes32 handle) = _store(alice, keccak256("s"), 1);
        vm.prank(alice);
        vault.share(id, bob);
        vm.prank(bob);
        acl.delegateUserDecryption(carol, address(vault), uint64(block.timestamp + 1 hours));
        assertTrue(acl.isDelegated(bob, carol, address(vault)));
        assertTrue(vault.canRead(id, bob));
        assertFalse(vault.canRead(id, carol), "the delegate acts for bob, it is not a reader itself");
        assertTrue(acl.isAllowed(handle, bob));
    }

    function test_RevertWhen_StoreCiphertextForAnotherContract() public {
        bytes memory ct = _encryptInput(keccak256("s"), address(0xdead), alice, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IInputVerifier.InputVerifierLabelMismatch.selector, address(vault), alice)
        );
        vm.prank(alice);
        vault.store(ct);
    }
}
