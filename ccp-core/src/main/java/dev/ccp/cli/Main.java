package dev.ccp.cli;

/** The {@code ccp} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 1 && CdsTraining.COMMAND.equals(args[0])) {
            System.exit(CdsTraining.run(RuntimeEnvironment.current()));
        }
        Console console = Console.system();
        int code = new Cli(CommandTable.standard(), console, RuntimeEnvironment.current()).run(args);
        console.out().flush();
        System.exit(code);
    }
}
