/**
 * The admin contract shared by every kind of fake ({@link dev.fakecognito.admin.FakeAdmin}) and its
 * HTTP client ({@link dev.fakecognito.admin.FakeAdminClient}) for a fake in another process.
 */
package dev.fakecognito.admin;
