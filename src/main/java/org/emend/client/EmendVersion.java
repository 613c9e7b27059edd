package org.emend.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Emend's version, as the build wrote it ({@code emend --version}). */
public final class EmendVersion implements IVersionProvider {

    private static final String VERSION = read();

    public static String get() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] { "Emend " + VERSION };
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = EmendVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
