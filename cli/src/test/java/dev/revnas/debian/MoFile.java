package dev.revnas.debian;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the bytes of a .mo catalog by hand, as msgfmt lays them out, in either byte order. */
final class MoFile {
    private record Message(String original, String translation) {}

    private final List<Message> messages = new ArrayList<>();
    private Charset charset = StandardCharsets.UTF_8;

    MoFile header(String charsetName) {
        charset = Charset.forName(charsetName);
        messages.add(new Message("", "Content-Type: text/plain; charset=" + charsetName + "\nPlural-Forms: nplurals=2; plural=(n != 1);\n"));
        return this;
    }

    MoFile message(String msgid, String msgstr) {
        messages.add(new Message(msgid, msgstr));
        return this;
    }

    MoFile withContext(String context, String msgid, String msgstr) {
        messages.add(new Message(context + "\u0004" + msgid, msgstr));
        return this;
    }

    MoFile plural(String msgid, String msgidPlural, String... forms) {
        messages.add(new Message(msgid + "\0" + msgidPlural, String.join("\0", forms)));
        return this;
    }

    byte[] bytes(ByteOrder order) {
        List<Message> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing(Message::original));
        int n = sorted.size();
        int originals = 28;
        int translations = originals + 8 * n;
        int hashOffset = translations + 8 * n;
        int hashSize = 0;
        int data = hashOffset + 4 * hashSize;
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteBuffer tables = ByteBuffer.allocate(data).order(order);
        tables.putInt(0x950412de).putInt(0).putInt(n).putInt(originals).putInt(translations).putInt(hashSize).putInt(hashOffset);
        List<byte[]> all = new ArrayList<>();
        sorted.forEach(m -> all.add(m.original().getBytes(charset)));
        sorted.forEach(m -> all.add(m.translation().getBytes(charset)));
        for (byte[] s : all) {
            tables.putInt(s.length).putInt(data + strings.size());
            strings.writeBytes(s);
            strings.write(0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tables.array());
        out.writeBytes(strings.toByteArray());
        return out.toByteArray();
    }

    byte[] bytes() {
        return bytes(ByteOrder.LITTLE_ENDIAN);
    }
}
