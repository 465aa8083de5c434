import { expect, type Page } from '@playwright/test';

/**
 * Opens a page of the employee portal from its navigation, as a user does: on a phone the menu
 * opens from its button first. The link is there only when the employer has the product (R22).
 */
export async function openFromPortalMenu(page: Page, label: string): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Onderdelen van je werkportaal' });
  const toggle = menu.getByRole('button', { name: 'Menu' });
  if (await toggle.isVisible()) await toggle.click();
  const link = menu.getByRole('link', { name: label, exact: true });
  await expect(link).toBeVisible();
  await link.click();
}
