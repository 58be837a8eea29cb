package dev.regulars.bench;

import dev.regulars.wallet.RgbColor;
import dev.regulars.wallet.apple.PassImages;
import dev.regulars.wallet.apple.PassLocalization;
import dev.regulars.wallet.apple.PassSigner;
import dev.regulars.wallet.apple.PassSigningIdentity;
import dev.regulars.wallet.apple.PkPassBuilder;
import dev.regulars.wallet.apple.StoreCardDesign;
import dev.regulars.wallet.apple.StoreCardValues;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * A signed Apple Wallet pass (DESIGN.md section 6: signed .pkpass &lt; 10 ms), under JMH in SampleTime mode so
 * each call's time is kept:
 * <ul>
 *   <li>{@code build}: {@link PkPassBuilder#build} of a store card with icon, logo and strip at three scales and
 *   three languages: pass.json, SHA-1 manifest, CMS signature, zip. RSA 2048 like Apple's Pass Type ID
 *   certificates; a hierarchy made here (root, WWDR-like intermediate, pass certificate).</li>
 *   <li>{@code sign}: the signature alone over the same manifest, the baseline: a build can be no faster.</li>
 * </ul>
 *
 * <pre>benchmarks/pkpass.sh [--forks 2] [--warmup 5] [--iterations 5]</pre>
 *
 * prints the rows {@code pkpass-build} (mean ms) and {@code pkpass-build-ratio-to-sign} for BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PkPassJmh {

    private PkPassBuilder builder;
    private PassSigner signer;
    private StoreCardValues values;
    private byte[] manifest;
    private long points;

    @Setup
    public void setUp() throws Exception {
        KeyPair rootKeys = rsa();
        X509Certificate root = certificate("CN=Bench Root", rootKeys, "CN=Bench Root", rootKeys.getPrivate(), true);
        KeyPair wwdrKeys = rsa();
        X509Certificate wwdr = certificate("CN=Bench WWDR, OU=G4", wwdrKeys, "CN=Bench Root", rootKeys.getPrivate(),
                true);
        KeyPair passKeys = rsa();
        X509Certificate pass = certificate("UID=pass.dev.regulars.bench, CN=Pass Type ID: pass.dev.regulars.bench, "
                + "OU=BENCH12345", passKeys, "CN=Bench WWDR, OU=G4", wwdrKeys.getPrivate(), false);
        signer = new PassSigner(new PassSigningIdentity(passKeys.getPrivate(), pass, wwdr), Clock.systemUTC());
        StoreCardDesign design = new StoreCardDesign("pass.dev.regulars.bench", "BENCH12345", "Regulars Coffee",
                "Regulars Coffee loyalty card", "Regulars", RgbColor.ofHex("#fdf6ec"), RgbColor.ofHex("#6f3b1e"),
                RgbColor.ofHex("#f4e3c3"), URI.create("https://regulars.example/passkit"),
                PassLocalization.standard(),
                PassImages.fromSources(artwork(512, 512), artwork(960, 300), artwork(1125, 432)));
        builder = new PkPassBuilder(design, signer);
        values = values(1250);
        manifest = manifestOf(builder.build(values));
    }

    /** A whole signed pass; the balance changes each call, as it does between a customer's passes. */
    @Benchmark
    public byte[] build() {
        values = new StoreCardValues(values.serialNumber(), values.cardNumber(), values.memberName(), ++points % 5000,
                values.tier(), values.authenticationToken());
        return builder.build(values);
    }

    /** The CMS signature alone. */
    @Benchmark
    public byte[] sign() {
        return signer.sign(manifest);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = SyncIngestBenchmark.options(args);
        int forks = Integer.parseInt(o.getOrDefault("forks", "2"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "5"));
        String command = String.format(Locale.ROOT, "benchmarks/pkpass.sh --forks %d --warmup %d --iterations %d",
                forks, warmup, iterations);
        List<RunResult> results = new ArrayList<>(new Runner(new OptionsBuilder()
                .include(PkPassJmh.class.getName() + "\\.")
                .forks(forks).warmupIterations(warmup).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(5))
                .build()).run());
        Statistics build = statistics(results, "build");
        Statistics sign = statistics(results, "sign");
        String setup = String.format(Locale.ROOT, "JMH SampleTime, %d fork(s) x %d x 5 s after %d x 2 s warm-up; "
                + "store card with icon, logo and strip at @1x-@3x and en/ru/nl strings, RSA 2048, %d samples",
                forks, iterations, warmup, build.getN());
        System.out.printf(Locale.ROOT, "| pkpass-build | %.3f | ms | p50 %.3f ms, p99 %.3f ms; signature alone "
                + "%.3f ms | %s (%s) |%n", build.getMean(), build.getPercentile(50), build.getPercentile(99),
                sign.getMean(), command, setup);
        System.out.printf(Locale.ROOT, "| pkpass-build-ratio-to-sign | %.2f | ratio | signature alone %.3f ms "
                + "(p99 %.3f ms) | %s |%n", build.getMean() / sign.getMean(), sign.getMean(),
                sign.getPercentile(99), command);
    }

    private static Statistics statistics(List<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst().orElseThrow().getPrimaryResult().getStatistics();
    }

    private static byte[] manifestOf(byte[] pkpass) throws java.io.IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pkpass))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("manifest.json")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("a pass without manifest.json");
    }

    private static StoreCardValues values(long points) {
        return new StoreCardValues("0f3c2a9e-5d41-4c8b-9a77-1b2c3d4e5f60", "RC-000042-7", "Eva", points, "Gold",
                "k9dQ2mV7xT4pL8sW3nB6yR1c");
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
            boolean ca) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))), new X500Name(subject), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static BufferedImage artwork(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x6f3b1e), width, height, new Color(0xd9954a)));
        g.fillRoundRect(width / 8, height / 4, width * 5 / 8, height * 5 / 8, width / 6, height / 6);
        g.dispose();
        return image;
    }
}
