package com.example.springuser;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The user's service (its tests' configuration). */
@SpringBootApplication
class SpringUserApplication {}
