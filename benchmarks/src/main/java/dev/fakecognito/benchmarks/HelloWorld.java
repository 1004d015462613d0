package dev.fakecognito.benchmarks;

/** The start-up reference: a JVM that prints one line and exits. */
final class HelloWorld {
    private HelloWorld() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
