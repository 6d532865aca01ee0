package nl.ketenlens.synthetic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All roles and company profiles, checked once: every input names an existing role that handles the
 * commodity, and the buyer-to-supplier role graph has no cycle. Roles are kept in topological order
 * (every role after all roles that buy from it), which is the order pools are sized and ids assigned.
 */
final class Catalogue {
    /** A large company buys from this many times more suppliers than an SME. */
    static final int LARGE_FACTOR = 3;

    static final Catalogue STANDARD = new Catalogue(allRoles(), Profiles.profiles());

    private final List<Role> roles;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Profile> profiles;

    Catalogue(List<Role> declared, List<Profile> profiles) {
        this.roles = topological(declared);
        for (int i = 0; i < roles.size(); i++) {
            index.put(roles.get(i).key(), i);
        }
        this.profiles = List.copyOf(profiles);
        roles.forEach(r -> r.inputs().forEach(this::check));
        profiles.forEach(p -> p.inputs().forEach(this::check));
    }

    private static List<Role> allRoles() {
        List<Role> all = new ArrayList<>(TextileAndStoneRoles.roles());
        all.addAll(GoldRoles.roles());
        all.addAll(FoodAndFlowerRoles.roles());
        all.addAll(MetalRoles.roles());
        return all;
    }

    List<Role> roles() {
        return roles;
    }

    List<Profile> profiles() {
        return profiles;
    }

    int indexOf(String roleKey) {
        Integer i = index.get(roleKey);
        if (i == null) {
            throw new IllegalArgumentException("unknown role " + roleKey);
        }
        return i;
    }

    private void check(Input input) {
        Role supplier = roles.get(indexOf(input.supplier()));
        if (!supplier.commodities().contains(input.commodity())) {
            throw new IllegalArgumentException(supplier.key() + " does not handle " + input.commodity());
        }
    }

    /** Kahn's algorithm over buyer → supplier edges, ties in declaration order (deterministic). */
    private static List<Role> topological(List<Role> declared) {
        Map<String, Role> byKey = new LinkedHashMap<>();
        declared.forEach(r -> {
            if (byKey.put(r.key(), r) != null) {
                throw new IllegalArgumentException("duplicate role " + r.key());
            }
        });
        Map<String, Integer> buyers = new HashMap<>();
        declared.forEach(r -> buyers.putIfAbsent(r.key(), 0));
        for (Role r : declared) {
            r.inputs().stream().map(Input::supplier).distinct().forEach(s -> {
                if (!byKey.containsKey(s)) {
                    throw new IllegalArgumentException(r.key() + " buys from unknown role " + s);
                }
                buyers.merge(s, 1, Integer::sum);
            });
        }
        Deque<Role> ready = new ArrayDeque<>();
        declared.stream().filter(r -> buyers.get(r.key()) == 0).forEach(ready::add);
        List<Role> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Role r = ready.removeFirst();
            order.add(r);
            r.inputs().stream().map(Input::supplier).distinct().forEach(s -> {
                if (buyers.merge(s, -1, Integer::sum) == 0) {
                    ready.addLast(byKey.get(s));
                }
            });
        }
        if (order.size() != declared.size()) {
            throw new IllegalArgumentException("role graph has a cycle");
        }
        return List.copyOf(order);
    }
}
