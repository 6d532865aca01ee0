package nl.ketenlens;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KetenlensApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(KetenlensApplication.class, args);
    }
}
