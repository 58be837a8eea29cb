package dev.regulars.pos.devices.nfc;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A contactless card for vsmartcard's virtual reader (vpcd, the pcscd driver of Debian's vsmartcard-vpcd): vpcd
 * listens on a TCP port per slot (35963 and 35964 by default, the port of its reader.conf and the next one), and a
 * card is "on the reader" while it is connected there. The protocol (vsmartcard's vpcd.c): each message either way
 * is a 2-byte big-endian length and that many bytes. From vpcd, one byte is a control command: 00 power off,
 * 01 power on, 02 reset (no answer to these), 04 the ATR (answered with the ATR); more bytes are a command APDU,
 * answered with the response APDU. vpcd asks for the ATR to see whether the card is still there; lifting the card
 * is closing the connection.
 * <p>
 * It answers as {@link CardAnswers} says: a Part 3 reader answers GET DATA itself, so here the card plays both.
 */
final class VirtualNfcCard {

    private static final int POWER_OFF = 0x00;
    private static final int POWER_ON = 0x01;
    private static final int RESET = 0x02;
    private static final int GET_ATR = 0x04;

    private final byte[] uid;
    private final int statusWord;
    private final List<String> commands = new ArrayList<>();
    private Socket socket;

    /** @param uid hexadecimal; the card answers GET DATA with it and 90 00 */
    VirtualNfcCard(String uid) {
        this(uid, 0x9000);
    }

    /** @param statusWord what GET DATA ends with; only 0x9000 comes with the UID */
    VirtualNfcCard(String uid, int statusWord) {
        this.uid = HexFormat.of().parseHex(uid);
        this.statusWord = statusWord;
    }

    /** Lays the card on the slot of vpcd listening on {@code port} (127.0.0.1). */
    synchronized void present(int port) throws IOException {
        if (socket != null) {
            throw new IllegalStateException("the card lies on a reader already");
        }
        Socket connected = new Socket(InetAddress.getLoopbackAddress(), port);
        socket = connected;
        Thread serving = new Thread(() -> serve(connected), "virtual-nfc-card");
        serving.setDaemon(true);
        serving.start();
    }

    /** Takes the card away: vpcd finds it gone at its next look (pcscd looks every 400 ms). */
    synchronized void lift() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    /** The command APDUs received, in hexadecimal. */
    synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve(Socket connected) {
        try (connected) {
            DataInputStream in = new DataInputStream(connected.getInputStream());
            DataOutputStream out = new DataOutputStream(connected.getOutputStream());
            while (true) {
                byte[] message = new byte[in.readUnsignedShort()];
                in.readFully(message);
                byte[] answer = answer(message);
                if (answer != null) {
                    out.writeShort(answer.length);
                    out.write(answer);
                    out.flush();
                }
            }
        } catch (EOFException | SocketException lifted) {
            // vpcd closed its end (pcscd stopped) or the test lifted the card
        } catch (IOException e) {
            throw new IllegalStateException("virtual card: " + e.getMessage(), e);
        }
    }

    /** @return the answer to send, or null for a control command that has none */
    private byte[] answer(byte[] message) {
        if (message.length == 1) {
            return switch (message[0]) {
                case GET_ATR -> CardAnswers.MIFARE_ATR;
                case POWER_OFF, POWER_ON, RESET -> null;
                default -> throw new IllegalStateException("vpcd sent an unknown control byte " + message[0]);
            };
        }
        synchronized (this) {
            commands.add(HexFormat.of().withUpperCase().formatHex(message));
        }
        return CardAnswers.answer(message, uid, statusWord);
    }
}
