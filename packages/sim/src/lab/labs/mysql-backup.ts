import type { LabSpec } from "../types.js";
import { MYSQL_BACKUP_SCRIPT } from "./mysql-backup-script.js";

/**
 * The seed's backup note as a lab: `db` runs MariaDB with a few small
 * databases and has the backup script at /usr/sbin/scripts/mysql_backup;
 * `backup` receives the copies in /srv/backups over scp. root@db logs in to
 * backup with a key (no password is ever asked), as an administrator would
 * have set it up. Both run sshd; both know each other by name (/etc/hosts).
 */

const HOSTS = `127.0.0.1	localhost
192.168.1.10	db
192.168.1.20	backup

# The following lines are desirable for IPv6 capable hosts
::1     localhost ip6-localhost ip6-loopback
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
`;

/** The lab's databases: `shop` for the lessons' examples, the others for per-learner exercises. */
export const MYSQL_BACKUP_SQL = `
CREATE DATABASE shop;
CREATE TABLE shop.customers (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  email VARCHAR(100),
  city VARCHAR(30)
);
INSERT INTO shop.customers (name, email, city) VALUES
  ('Asha Rao', 'asha@example.com', 'Pune'),
  ('Nikesh Shah', 'nikesh@example.com', 'Mumbai'),
  ('Maria Lopez', 'maria@example.org', 'Madrid'),
  ('Tom Berg', NULL, 'Oslo'),
  ('Li Wei', 'li.wei@example.net', 'Shanghai');
CREATE TABLE shop.products (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(60) NOT NULL,
  price DECIMAL(8,2) NOT NULL
);
INSERT INTO shop.products (name, price) VALUES
  ('USB cable', 4.99), ('Keyboard', 29.90), ('Monitor 24"', 149.00), ('Mouse', 12.50);
CREATE TABLE shop.orders (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id INT NOT NULL,
  product_id INT NOT NULL,
  quantity INT NOT NULL DEFAULT 1,
  placed DATETIME NOT NULL
);
INSERT INTO shop.orders (customer_id, product_id, quantity, placed) VALUES
  (1, 2, 1, '2026-11-02 10:15:00'), (2, 1, 3, '2026-11-03 16:40:00'), (1, 4, 1, '2026-11-10 09:05:00'),
  (3, 3, 2, '2026-11-12 11:30:00'), (5, 1, 1, '2026-11-20 18:00:00'), (4, 2, 1, '2026-11-25 08:45:00'),
  (2, 3, 1, '2026-11-28 14:20:00');

CREATE DATABASE library;
CREATE TABLE library.books (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(100) NOT NULL,
  author VARCHAR(60) NOT NULL
);
INSERT INTO library.books (title, author) VALUES
  ('The C Programming Language', 'Kernighan and Ritchie'), ('TCP/IP Illustrated', 'W. Richard Stevens'),
  ('Unix Power Tools', 'Peek, O''Reilly, Loukides'), ('The Linux Command Line', 'William Shotts'),
  ('Site Reliability Engineering', 'Beyer et al.'), ('Designing Data-Intensive Applications', 'Martin Kleppmann');
CREATE TABLE library.members (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  joined DATE NOT NULL
);
INSERT INTO library.members (name, joined) VALUES
  ('Ravi Kumar', '2025-03-01'), ('Ines Silva', '2025-07-19'), ('Omar Haddad', '2026-01-08'), ('Julia Novak', '2026-09-30');
CREATE TABLE library.loans (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  book_id INT NOT NULL,
  member_id INT NOT NULL,
  due DATE NOT NULL
);
INSERT INTO library.loans (book_id, member_id, due) VALUES
  (1, 2, '2026-12-05'), (3, 1, '2026-12-09'), (2, 4, '2026-12-12'), (6, 3, '2026-12-15'), (4, 2, '2026-12-20');

CREATE DATABASE clinic;
CREATE TABLE clinic.patients (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  born DATE
);
INSERT INTO clinic.patients (name, born) VALUES
  ('Anna Berg', '1984-05-12'), ('Kofi Mensah', '1990-11-02'), ('Sara Cohen', '1975-02-27'),
  ('Diego Ruiz', '2001-08-15'), ('Mei Tanaka', '1968-12-01');
CREATE TABLE clinic.doctors (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  speciality VARCHAR(40) NOT NULL
);
INSERT INTO clinic.doctors (name, speciality) VALUES
  ('Dr. Patel', 'general practice'), ('Dr. Okafor', 'cardiology'), ('Dr. Lindqvist', 'dermatology');
CREATE TABLE clinic.visits (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  patient_id INT NOT NULL,
  doctor_id INT NOT NULL,
  visited DATETIME NOT NULL
);
INSERT INTO clinic.visits (patient_id, doctor_id, visited) VALUES
  (1, 1, '2026-11-03 09:00:00'), (2, 2, '2026-11-04 10:30:00'), (3, 1, '2026-11-04 11:00:00'),
  (1, 3, '2026-11-18 15:15:00'), (5, 2, '2026-11-21 08:30:00'), (4, 1, '2026-11-26 16:45:00'),
  (2, 2, '2026-11-27 10:00:00'), (5, 1, '2026-11-29 09:30:00');

CREATE DATABASE garage;
CREATE TABLE garage.owners (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  phone VARCHAR(20)
);
INSERT INTO garage.owners (name, phone) VALUES
  ('Peter Hall', '555-0101'), ('Nadia Karim', '555-0144'), ('Lukas Weber', NULL), ('Chen Jing', '555-0199');
CREATE TABLE garage.cars (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_id INT NOT NULL,
  plate VARCHAR(10) NOT NULL,
  model VARCHAR(40) NOT NULL
);
INSERT INTO garage.cars (owner_id, plate, model) VALUES
  (1, 'KA-101', 'Volvo V70'), (2, 'MH-202', 'Toyota Corolla'), (3, 'B-LW-303', 'VW Golf'),
  (4, 'SH-404', 'BYD Atto 3'), (2, 'MH-505', 'Honda Jazz');
CREATE TABLE garage.repairs (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  car_id INT NOT NULL,
  work VARCHAR(60) NOT NULL,
  cost DECIMAL(8,2) NOT NULL
);
INSERT INTO garage.repairs (car_id, work, cost) VALUES
  (1, 'brake pads', 180.00), (2, 'oil change', 65.00), (3, 'timing belt', 420.00),
  (5, 'tyres', 310.00), (1, 'inspection', 90.00), (4, 'software update', 0.00);
`;

export const mysqlBackup: LabSpec = {
  id: "mysql-backup",
  title: "A database server and its backup host",
  description:
    "Two Debian 12 hosts on one LAN: `db` (192.168.1.10) runs MariaDB with the databases shop, library, clinic and garage, and has the backup script /usr/sbin/scripts/mysql_backup; `backup` (192.168.1.20) keeps copies in /srv/backups. root on db logs in to backup with an SSH key, so scp asks for no password.",
  hosts: [
    {
      name: "db",
      interfaces: [{ name: "eth0", mac: "52:54:00:3d:b0:10", address: "192.168.1.10/24", gateway: "192.168.1.1" }],
      packages: ["mariadb-server", "openssh-server"],
      mysqlInit: MYSQL_BACKUP_SQL,
      files: {
        "/etc/hosts": HOSTS,
        "/usr/sbin/scripts/mysql_backup": MYSQL_BACKUP_SCRIPT,
      },
      executables: ["/usr/sbin/scripts/mysql_backup"],
    },
    {
      name: "backup",
      interfaces: [{ name: "eth0", mac: "52:54:00:3d:b0:20", address: "192.168.1.20/24", gateway: "192.168.1.1" }],
      packages: ["openssh-server"],
      files: {
        "/etc/hosts": HOSTS,
        "/srv/backups/README": "Copies of db's database backups arrive here (scp from db's /usr/sbin/scripts/mysql_backup).\n",
      },
    },
  ],
  segments: [{ name: "lan", ends: ["db:eth0", "backup:eth0"] }],
  sshLogins: [{ from: "db", to: "backup" }],
};
