// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {Deploy} from "../script/Deploy.s.sol";
import {TKMSCrypto} from "../src/lib/TKMSCrypto.sol";

/// @notice The deployment script wires the suite correctly (with its development defaults).
contract DeployTest is Test {
    function test_Deploy_WiresTheSuite() public {
        Deploy.Deployment memory d = new Deploy().run();
        assertEq(d.acl.inputVerifier(), address(d.inputVerifier));
        assertEq(address(d.inputVerifier.acl()), address(d.acl));
        assertEq(address(d.inputVerifier.kmsVerifier()), address(d.kmsVerifier));
        assertEq(address(d.decryptionOracle.acl()), address(d.acl));
        assertEq(address(d.decryptionOracle.kmsVerifier()), address(d.kmsVerifier));
        assertTrue(d.inputVerifier.proofCheckEnabled());
        assertTrue(TKMSCrypto.isValidG1NonIdentity(d.inputVerifier.publicKey()));
        assertEq(d.kmsVerifier.currentEpoch(), 1);
        assertEq(d.kmsVerifier.currentThreshold(), 2);
        (address[] memory signers,) = d.kmsVerifier.signerSet(1);
        assertEq(signers.length, 4);
        // anvil account #1 of the public development mnemonic
        assertEq(signers[0], 0x70997970C51812dc3A010C7d01b50e0d17dc79C8);
        assertTrue(address(d.vault) != address(0) && address(d.auction) != address(0));
        // Fees are never zero by default: a relayer must be paid for the gas it spends.
        (uint128 base, uint128 perHandle, uint128 perGas) = d.decryptionOracle.fees();
        assertGt(base, 0);
        assertGt(perHandle, 0);
        assertGt(perGas, 0);
    }
}
