package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.Mutations;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mutated .mo catalogs are read or refused naming the file, never with an unchecked exception. */
class MoCatalogFuzzTest {
    @Test
    void mutatedCatalogsOfEitherByteOrderAreReadOrRefusedNamingTheFile() {
        long seed = 1;
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            String origin = order + ".mo";
            var verdicts = Mutations.feed(Mutations.of(MoCatalogTest.CATALOG.bytes(order), seed++, 3000), origin,
                    m -> MoCatalog.parse(m.bytes(), origin));
            assertTrue(verdicts.refused() > 1000, origin + ": " + verdicts);
        }
    }
}
