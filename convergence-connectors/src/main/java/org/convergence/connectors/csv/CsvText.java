package org.convergence.connectors.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * CSV files as text: UTF-8, a leading byte-order mark skipped (spreadsheet exports write one, and it would
 * otherwise become part of the first column's name), {@code .gz} files read through gzip. A file whose first
 * {@value #SAMPLE_BYTES} bytes hold a NUL byte or are not UTF-8 is refused as binary, naming the file.
 */
public final class CsvText {
  /** How much of a file is looked at to tell text from binary. */
  static final int SAMPLE_BYTES = 8192;
  private static final char BOM = '\uFEFF';

  private CsvText() {}

  /**
   * Opens {@code file} as UTF-8 text without its byte-order mark.
   *
   * @throws IllegalArgumentException naming the file when it does not exist or is binary
   * @throws IOException when it cannot be read
   */
  public static Reader open(Path file) throws IOException {
    InputStream raw;
    try {
      raw = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": file not found", e);
    }
    try {
      InputStream in = new BufferedInputStream(file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw,
          SAMPLE_BYTES * 2);
      in.mark(SAMPLE_BYTES);
      byte[] sample = in.readNBytes(SAMPLE_BYTES);
      in.reset();
      if (isBinary(sample)) {
        throw new IllegalArgumentException(file + ": not a text CSV file (binary content; expected UTF-8 text)");
      }
      return withoutBom(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** {@code reader} without a leading byte-order mark. */
  public static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader instanceof BufferedReader ? reader : new BufferedReader(reader));
    int first = in.read();
    if (first != -1 && first != BOM) {
      in.unread(first);
    }
    return in;
  }

  /** True when {@code sample} (the start of a file) holds a NUL byte or is not UTF-8 (a cut last character aside). */
  static boolean isBinary(byte[] sample) {
    for (byte b : sample) {
      if (b == 0) {
        return true;
      }
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // a multi-byte character cut by the sample's end is not a reason to refuse the file
    for (int cut = 0; cut < 4 && cut < sample.length; cut++) {
      try {
        utf8.reset().decode(ByteBuffer.wrap(Arrays.copyOf(sample, sample.length - cut)));
        return false;
      } catch (CharacterCodingException e) {
        if (sample.length < SAMPLE_BYTES) {
          return true; // the whole file was sampled: nothing was cut
        }
      }
    }
    return true;
  }
}
