// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Script, console} from "forge-std/Script.sol";
import {ACL} from "../src/ACL.sol";
import {KMSVerifier} from "../src/KMSVerifier.sol";
import {InputVerifier} from "../src/InputVerifier.sol";
import {DecryptionOracle} from "../src/DecryptionOracle.sol";
import {TKMS} from "../src/TKMS.sol";
import {TKMSCrypto} from "../src/lib/TKMSCrypto.sol";
import {EncryptedVault} from "../src/examples/EncryptedVault.sol";
import {SealedBidAuction} from "../src/examples/SealedBidAuction.sol";

/// @notice Deploys the host-chain suite: KMSVerifier, ACL, InputVerifier, DecryptionOracle and
///         (optionally) the two example dApps. Configuration comes from the environment; every
///         variable has a development default suitable for a local anvil (see contracts/README.md):
///
///   TKMS_SIGNERS            comma-separated signer addresses   (default: anvil accounts 1–4)
///   TKMS_THRESHOLD          signatures required                (default: 2)
///   TKMS_EPOCH              initial tKMS epoch                 (default: 1)
///   TKMS_KEY_EPOCH          epoch of the key's ceremony        (default: TKMS_EPOCH)
///   TKMS_PUBLIC_KEY         key set public key, 128-byte hex   (default: an INSECURE dev key)
///   TKMS_PROOF_CHECK        verify TDH2 proofs (EIP-2537)      (default: true)
///   TKMS_MIN_ROTATION_DELAY seconds between rotations          (default: 3600)
///   TKMS_OWNER              DecryptionOracle owner             (default: the deployer)
///   TKMS_BASE_FEE           wei per request                    (default: DEFAULT_BASE_FEE)
///   TKMS_PER_HANDLE_FEE     wei per handle                     (default: DEFAULT_PER_HANDLE_FEE)
///   TKMS_PER_GAS_FEE        wei per gas of callback limit and
///                           result storage                     (default: DEFAULT_PER_GAS_FEE)
///   TKMS_EXAMPLES           deploy the example dApps           (default: true)
contract Deploy is Script {
    /// @dev anvil's and hardhat's default mnemonic (public; development only).
    string internal constant DEV_MNEMONIC = "test test test test test test test test test test test junk";
    /// @notice Default fees: never zero, so that relayers are paid for the work and gas a
    ///         request costs them (a relayer's tKMS-chain fee, the fulfil transaction, the
    ///         callback and result storage, priced per gas at 1 gwei). Set them for the host
    ///         chain's real gas price and the tKMS chain's fees.
    uint128 internal constant DEFAULT_BASE_FEE = 0.0002 ether;
    uint128 internal constant DEFAULT_PER_HANDLE_FEE = 0.00001 ether;
    uint128 internal constant DEFAULT_PER_GAS_FEE = 1 gwei;
    /// @dev Secret of the development public key (public; never use outside a local chain).
    uint256 internal constant DEV_KEY_SECRET = uint256(keccak256("tKMS insecure development key")) % TKMSCrypto.R;

    struct Deployment {
        KMSVerifier kmsVerifier;
        ACL acl;
        InputVerifier inputVerifier;
        DecryptionOracle decryptionOracle;
        EncryptedVault vault;
        SealedBidAuction auction;
    }

    function run() external returns (Deployment memory d) {
        address[] memory signers = vm.envOr("TKMS_SIGNERS", ",", _devSigners());
        uint16 threshold = uint16(vm.envOr("TKMS_THRESHOLD", uint256(2)));
        uint64 epoch = uint64(vm.envOr("TKMS_EPOCH", uint256(1)));
        uint64 keyEpoch = uint64(vm.envOr("TKMS_KEY_EPOCH", uint256(epoch)));
        bool proofCheck = vm.envOr("TKMS_PROOF_CHECK", true);
        bytes memory publicKey = vm.envOr("TKMS_PUBLIC_KEY", bytes(""));
        if (publicKey.length == 0) {
            console.log("WARNING: TKMS_PUBLIC_KEY not set, using the insecure development key");
            publicKey = TKMSCrypto.g1Mul(TKMSCrypto.G, DEV_KEY_SECRET);
        }

        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        d.kmsVerifier = new KMSVerifier(
            epoch, keyEpoch, signers, threshold, uint64(vm.envOr("TKMS_MIN_ROTATION_DELAY", uint256(1 hours)))
        );
        // The ACL names the InputVerifier, deployed right after it, at a predictable address.
        address predicted = vm.computeCreateAddress(deployer, vm.getNonce(deployer) + 1);
        d.acl = new ACL(predicted);
        d.inputVerifier = new InputVerifier(d.acl, d.kmsVerifier, keyEpoch, publicKey, proofCheck);
        require(address(d.inputVerifier) == predicted, "InputVerifier address mismatch");
        d.decryptionOracle = new DecryptionOracle(
            vm.envOr("TKMS_OWNER", deployer),
            d.acl,
            d.kmsVerifier,
            uint128(vm.envOr("TKMS_BASE_FEE", uint256(DEFAULT_BASE_FEE))),
            uint128(vm.envOr("TKMS_PER_HANDLE_FEE", uint256(DEFAULT_PER_HANDLE_FEE))),
            uint128(vm.envOr("TKMS_PER_GAS_FEE", uint256(DEFAULT_PER_GAS_FEE)))
        );
        if (vm.envOr("TKMS_EXAMPLES", true)) {
            TKMS.TKMSConfig memory cfg = TKMS.TKMSConfig(d.acl, d.inputVerifier, d.decryptionOracle);
            d.vault = new EncryptedVault(cfg);
            d.auction = new SealedBidAuction(cfg, deployer, uint64(block.timestamp + 1 days), 0.01 ether);
        }
        vm.stopBroadcast();

        console.log("chain id          ", block.chainid);
        console.log("KMSVerifier       ", address(d.kmsVerifier));
        console.log("ACL               ", address(d.acl));
        console.log("InputVerifier     ", address(d.inputVerifier));
        console.log("DecryptionOracle  ", address(d.decryptionOracle));
        if (address(d.vault) != address(0)) {
            console.log("EncryptedVault    ", address(d.vault));
            console.log("SealedBidAuction  ", address(d.auction));
        }
    }

    function _devSigners() internal pure returns (address[] memory signers) {
        signers = new address[](4);
        for (uint32 i = 0; i < 4; ++i) {
            signers[i] = vm.addr(vm.deriveKey(DEV_MNEMONIC, i + 1));
        }
    }
}
