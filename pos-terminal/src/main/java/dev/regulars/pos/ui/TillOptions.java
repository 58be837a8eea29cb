package dev.regulars.pos.ui;

import java.time.Duration;
import java.util.Optional;

/**
 * How the till was started: whether to go full screen (kiosk), and optionally where and how to pair on first
 * start, so an installer or the demo can pair it without typing.
 */
public record TillOptions(boolean fullScreen, Optional<String> serverUrl, Optional<String> pairingCode,
                          Optional<String> terminalName, Optional<Duration> syncPeriod) {
}
