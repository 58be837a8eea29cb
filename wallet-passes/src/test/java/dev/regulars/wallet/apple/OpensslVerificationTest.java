package dev.regulars.wallet.apple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.regulars.wallet.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the signature with a verifier that is not ours: {@code openssl cms -verify}, the way Wallet checks it
 * (the detached content is manifest.json, the chain ends at a root the verifier trusts). Skipped where openssl is
 * not on the PATH. Also leaves {@code target/demo.pkpass} for a person to open.
 */
class OpensslVerificationTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void opensslIsThere() {
        assumeTrue(run(Path.of("."), List.of("openssl", "version")).exitCode() == 0, "openssl is not on the PATH");
    }

    @Test
    void openssl_verifies_an_rsa_signed_pass_against_the_root() throws IOException {
        assertVerified(PassFixtures.builder(PassFixtures.rsaIdentity(), Clock.systemUTC())
                .build(PassFixtures.values(1250, "Gold")));
    }

    @Test
    void openssl_verifies_an_ec_signed_pass_against_the_root() throws IOException {
        assertVerified(PassFixtures.builder(PassFixtures.ecIdentity(), Clock.systemUTC())
                .build(PassFixtures.values(0, "Bronze")));
    }

    @Test
    void openssl_refuses_a_changed_manifest() throws IOException {
        Map<String, byte[]> files = PassFixtures.unzip(PassFixtures.builder(PassFixtures.rsaIdentity(),
                Clock.systemUTC()).build(PassFixtures.values(1250, "Gold")));
        byte[] changed = new String(files.get("manifest.json"), StandardCharsets.UTF_8).replaceFirst("[0-9a-f]\"",
                "x\"").getBytes(StandardCharsets.UTF_8);
        files.put("manifest.json", changed);

        assertThat(verify(files).exitCode()).isNotZero();
    }

    @Test
    void leaves_a_demo_pass_that_openssl_verifies() throws IOException {
        byte[] pass = PassFixtures.builder(PassFixtures.rsaIdentity(), Clock.systemUTC())
                .build(PassFixtures.values(1250, "Gold"));
        Path demo = Path.of("target", "demo.pkpass");
        Files.createDirectories(demo.getParent());
        Files.write(demo, pass);

        assertVerified(Files.readAllBytes(demo));
    }

    private void assertVerified(byte[] pkpass) throws IOException {
        Result result = verify(PassFixtures.unzip(pkpass));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verification successful");
    }

    private Result verify(Map<String, byte[]> files) throws IOException {
        Files.write(dir.resolve("manifest.json"), files.get("manifest.json"));
        Files.write(dir.resolve("signature"), files.get("signature"));
        Files.writeString(dir.resolve("ca.pem"), TestPki.pem(TestPki.get().root));
        return run(dir, List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "signature",
                "-content", "manifest.json", "-CAfile", "ca.pem", "-purpose", "any", "-out", "verified.out"));
    }

    private static Result run(Path dir, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + " (timed out)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private record Result(int exitCode, String output) {
    }
}
