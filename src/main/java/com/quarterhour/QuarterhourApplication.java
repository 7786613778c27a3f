package com.quarterhour;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QuarterhourApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuarterhourApplication.class, args);
    }
}
