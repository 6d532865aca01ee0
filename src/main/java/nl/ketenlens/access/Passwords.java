package nl.ketenlens.access;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Generated passwords (SecureRandom, ~119 bits) and the one password encoder (bcrypt) of every account. */
public final class Passwords {

    /** Chosen passwords must be at least this long; generated ones are 20 characters. */
    public static final int MIN_LENGTH = 12;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordEncoder ENCODER = new BCryptPasswordEncoder();

    private Passwords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public static PasswordEncoder encoder() {
        return ENCODER;
    }

    static void requireAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("password: at least " + MIN_LENGTH + " characters");
        }
    }
}
