package dev.regulars.wallet.apple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the signed {@code .pkpass} of a store card: a zip with, at its root, pass.json, the images, a
 * {@code <language>.lproj/pass.strings} per language when there are several, manifest.json and signature
 * (Wallet Developer Guide, "Building a Pass"). What the design fixes (images, strings and their hashes) is prepared
 * once here, so a build only writes, hashes and signs pass.json and the manifest. Serve it as
 * {@code application/vnd.apple.pkpass}. Thread-safe.
 */
public final class PkPassBuilder {

    /** The media type of a .pkpass. */
    public static final String MEDIA_TYPE = "application/vnd.apple.pkpass";

    private final StoreCardDesign design;
    private final PassSigner signer;
    private final Map<String, byte[]> fixedFiles;
    private final Map<String, String> fixedHashes;
    private final Map<String, Long> storedCrcs;

    /**
     * @throws IllegalArgumentException when the signing certificate names another Pass Type ID than the design
     */
    public PkPassBuilder(StoreCardDesign design, PassSigner signer) {
        signer.identity().certifiedPassTypeIdentifier().ifPresent(certified -> {
            if (!certified.equals(design.passTypeIdentifier())) {
                throw new IllegalArgumentException("the certificate is for " + certified + ", the design for "
                        + design.passTypeIdentifier());
            }
        });
        this.design = design;
        this.signer = signer;
        Map<String, byte[]> files = new LinkedHashMap<>(design.images().files());
        PassLocalization localization = design.localization();
        if (localization.texts().size() > 1) {
            localization.texts().forEach((language, texts) -> files.put(language + ".lproj/pass.strings",
                    PassStrings.write(localization, language)));
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        files.forEach((path, bytes) -> hashes.put(path, Manifest.sha1(bytes)));
        // PNG data is deflated already: stored as is, the images cost no compression time at each build
        Map<String, Long> crcs = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".png")) {
                CRC32 crc = new CRC32();
                crc.update(bytes);
                crcs.put(path, crc.getValue());
            }
        });
        this.fixedFiles = Collections.unmodifiableMap(files);
        this.fixedHashes = Collections.unmodifiableMap(hashes);
        this.storedCrcs = Collections.unmodifiableMap(crcs);
    }

    /** The .pkpass bytes for one customer's card. */
    public byte[] build(StoreCardValues values) {
        return pack(StoreCardJson.write(design, values));
    }

    /**
     * The .pkpass of a card that no longer stands for anyone (its customer's data was erased): pass.json says
     * {@code voided: true} and shows no name, balance, tier, news, card number or barcode; the serial number and
     * authentication token stay, so Wallet can fetch it in place of the old version.
     */
    public byte[] buildVoided(String serialNumber, String authenticationToken) {
        return pack(StoreCardJson.writeVoided(design, serialNumber, authenticationToken));
    }

    private byte[] pack(byte[] passJson) {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("pass.json", Manifest.sha1(passJson));
        hashes.putAll(fixedHashes);
        byte[] manifest = Manifest.of(hashes);
        byte[] signature = signer.sign(manifest);

        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            add(zip, "pass.json", passJson);
            for (Map.Entry<String, byte[]> file : fixedFiles.entrySet()) {
                Long crc = storedCrcs.get(file.getKey());
                if (crc == null) {
                    add(zip, file.getKey(), file.getValue());
                } else {
                    store(zip, file.getKey(), file.getValue(), crc);
                }
            }
            add(zip, "manifest.json", manifest);
            add(zip, "signature", signature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void store(ZipOutputStream zip, String path, byte[] bytes, long crc) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void add(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }
}
