package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every help text renders as written. picocli reads a description as a format string ({@code %n} a
 * line break, {@code %%} a percent sign): a lone % ("95% interval") makes it warn on stderr and print
 * the text unformatted.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpRendersWithoutAWarning() {
        List<String> commands = new ArrayList<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            visit(new CommandLine(new RevnasCommand()), commands);
        } finally {
            System.setErr(saved);
        }
        assertTrue(commands.size() > 20, "walked the whole command tree: " + commands);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    private static void visit(CommandLine cli, List<String> commands) {
        commands.add(cli.getCommandSpec().qualifiedName());
        cli.getUsageMessage();
        cli.getSubcommands().values().forEach(sub -> visit(sub, commands));
    }
}
