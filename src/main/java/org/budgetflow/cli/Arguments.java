package org.budgetflow.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Positional arguments and {@code --option value} pairs of one command. */
final class Arguments {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Arguments(List<String> args, Set<String> allowedOptions) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!allowedOptions.contains(name)) {
                    throw new UsageException("未知选项 " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("选项 " + arg + " 缺少取值");
                }
                options.put(name, args.get(++i));
            } else {
                positional.add(arg);
            }
        }
    }

    String single(String what) {
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "缺少" + what : "只能给出一个" + what);
        }
        return positional.get(0);
    }

    String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    String requiredOption(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("缺少选项 --" + name);
        }
        return value;
    }
}
